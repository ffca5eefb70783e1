package vn.parindex.round;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.input.DecimalText;
import vn.parindex.input.Messages;

/**
 * The warnings of a unit's self-assessment before submission ({@link Warnings}), read from its
 * entries and documents (and a typed rate against the one-stop dossiers, {@link DossierFigures}),
 * and said in the reader's language (Vietnamese by default).
 */
@Component
public class PreSubmission {

  /**
   * A warning as the page and the API show it: the criterion, what may be lost there, and whether
   * it is that the criterion is not self-assessed at all (the page lists those together).
   */
  public record UnitWarning(String code, String message, boolean notAssessed) {}

  private final RoundEntries entries;
  private final EvidenceDocuments documents;
  private final Messages messages;
  private final DossierFigures figures;

  PreSubmission(
      RoundEntries entries,
      EvidenceDocuments documents,
      Messages messages,
      DossierFigures figures) {
    this.figures = figures;
    this.entries = entries;
    this.documents = documents;
    this.messages = messages;
  }

  List<Warnings.Found> found(Round round, CriteriaSet set, RoundUnit row) {
    Map<String, Entry> byCode =
        entries.all(row.id()).stream().collect(Collectors.toMap(e -> e.code, e -> e));
    Map<Long, Warnings.Cited> cited =
        documents.ofUnit(row.unitId()).stream()
            .map(EvidenceDocuments.Listed::document)
            .collect(
                Collectors.toMap(
                    EvidenceDocuments.Document::id, d -> new Warnings.Cited(d.number(), d.date())));
    List<Warnings.Found> found =
        new java.util.ArrayList<>(
            Warnings.of(round.year(), set.leaves(), byCode, cited, c -> set.obligations(c.code())));
    figures.review(round, set, row.unitId(), byCode, found);
    return found;
  }

  List<UnitWarning> said(List<Warnings.Found> found) {
    return found.stream()
        // points as published ("2,70"), other figures with the reader's separator ("98,33")
        .map(
            f ->
                new UnitWarning(
                    f.code(),
                    messages.get(
                        f.key(), DecimalText.figures(f.args(), 0, LocaleContextHolder.getLocale())),
                    f.notAssessed()))
        .toList();
  }
}
