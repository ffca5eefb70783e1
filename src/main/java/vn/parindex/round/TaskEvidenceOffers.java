package vn.parindex.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.parindex.account.Actor;
import vn.parindex.framework.CriterionCode;
import vn.parindex.plan.Plans;
import vn.parindex.task.EvidenceFile;
import vn.parindex.task.EvidenceFiles;
import vn.parindex.task.EvidenceUploads;
import vn.parindex.unit.Unit;

/**
 * Evidence already attached to a verified task, offered for the criterion that task serves (task →
 * its plan line → the line's criterion code): last year's remediation becomes this year's proof.
 * Taking one makes it a document of the unit pointing at the same stored content (same SHA-256),
 * never a second copy of the bytes.
 */
@Service
public class TaskEvidenceOffers {

  /**
   * A file offered for a criterion, with the document's fields prefilled from its task (title = the
   * task's title, date = the day it was verified, issuer = the unit); {@code documentId} is the
   * unit's document of the same content when it was taken already.
   */
  public record Offer(
      long fileId,
      String taskTitle,
      String fileName,
      String number,
      LocalDate date,
      String issuer,
      String title,
      Long documentId) {}

  private final EvidenceFiles files;
  private final Plans plans;
  private final EvidenceDocuments documents;
  private final EvidenceLibrary library;
  private final RoundLoader loader;
  private final RoundAccess access;

  TaskEvidenceOffers(
      EvidenceFiles files,
      Plans plans,
      EvidenceDocuments documents,
      EvidenceLibrary library,
      RoundLoader loader,
      RoundAccess access) {
    this.files = files;
    this.plans = plans;
    this.documents = documents;
    this.library = library;
    this.loader = loader;
    this.access = access;
  }

  /** The offers of the unit by criterion code (in the set's canonical form). */
  Map<String, List<Offer>> offers(Unit unit) {
    Map<String, Long> taken =
        documents.ofUnit(unit.id()).stream()
            .collect(
                Collectors.toMap(
                    EvidenceDocuments.Listed::sha256, l -> l.document().id(), (x, y) -> x));
    Map<String, List<Offer>> byCode = new LinkedHashMap<>();
    for (Located l : located(unit)) {
      EvidenceFile f = l.task().file();
      byCode
          .computeIfAbsent(l.code(), k -> new ArrayList<>())
          .add(
              new Offer(
                  f.id(),
                  l.task().taskTitle(),
                  f.originalName(),
                  f.docNumber(),
                  l.task().verifiedAt() == null ? null : l.task().verifiedAt().toLocalDate(),
                  unit.name(),
                  l.task().taskTitle(),
                  taken.get(f.sha256())));
    }
    return byCode;
  }

  /**
   * Makes the offered file a document of the unit with the metadata typed (or prefilled); the same
   * file with the same number taken again gives the document already there. 422 naming the file
   * when it is not offered for that criterion.
   */
  public EvidenceLibrary.Kept adopt(
      String unitCode,
      String code,
      Long fileId,
      String number,
      String date,
      String issuer,
      String title,
      Actor by) {
    Unit unit = loader.unit(unitCode);
    access.checkEvidence(unit.id());
    String wanted = CriterionCode.parse(code).map(CriterionCode::value).orElse(code);
    Located offered =
        located(unit).stream()
            .filter(l -> fileId != null && l.task().file().id() == fileId)
            .filter(l -> l.code().equals(wanted))
            .findFirst()
            .orElseThrow(() -> Refusal.field("file", "offer.unknown", code));
    EvidenceForm form = EvidenceForm.of(number, date, issuer, title);
    EvidenceFile f = offered.task().file();
    EvidenceUploads.Checked same =
        new EvidenceUploads.Checked(f.sha256(), f.sizeBytes(), f.contentType(), f.originalName());
    return library.keep(unit.id(), same, form, by);
  }

  private record Located(String code, EvidenceFiles.OfVerifiedTask task) {}

  /**
   * Each verified task's file with the criterion code of its plan line, asked of each plan once.
   */
  private List<Located> located(Unit unit) {
    Map<Long, Map<String, String>> codesOfPlan = new HashMap<>();
    List<Located> out = new ArrayList<>();
    for (EvidenceFiles.OfVerifiedTask t : files.ofVerifiedTasks(unit.id())) {
      String raw = codesOfPlan.computeIfAbsent(t.planId(), plans::lineCodes).get(t.lineKey());
      if (raw != null) {
        out.add(new Located(CriterionCode.parse(raw).map(CriterionCode::value).orElse(raw), t));
      }
    }
    return out;
  }
}
