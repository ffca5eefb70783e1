package vn.parindex.assessment.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.parindex.account.Access;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.AssessmentHistory;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.AssessmentVersions;
import vn.parindex.assessment.Finding;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.TreeView;
import vn.parindex.input.DecimalText;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The scored tree with its findings, the versions of the same unit, year and round (an old one is
 * read-only and says which is current), and the way on to the plan and its tasks.
 */
@Controller
class AssessmentViewPages {

  private final AssessmentQueries queries;
  private final Units units;
  private final Messages messages;
  private final AssessmentHistory history;
  private final AssessmentAccess access;
  private final AssessmentVersions versions;

  AssessmentViewPages(
      AssessmentQueries queries,
      Units units,
      Messages messages,
      AssessmentHistory history,
      AssessmentAccess access,
      AssessmentVersions versions) {
    this.access = access;
    this.versions = versions;
    this.queries = queries;
    this.units = units;
    this.messages = messages;
    this.history = history;
  }

  /** A finding as the page lists it. */
  record FindingLine(String severity, String code, String message) {}

  @GetMapping("/assessments/{id}")
  @Access(AssessmentAccess.class)
  String view(@PathVariable long id, Model model) {
    long unitId = access.checkRead(id);
    Scorecard card = queries.scorecard(id);
    TreeView tree = queries.tree(card);
    List<Finding> findings = queries.findings(card);
    Set<String> flagged =
        findings.stream().map(Finding::code).filter(c -> c != null).collect(Collectors.toSet());
    model.addAttribute("tree", tree);
    model.addAttribute("rows", tree.flat());
    model.addAttribute(
        "findings",
        findings.stream()
            .map(
                f ->
                    new FindingLine(
                        f.severity().name(), f.code(), messages.get(f.messageKey(), figures(f))))
            .toList());
    model.addAttribute("flagged", flagged);
    model.addAttribute("changes", history.of(id));
    List<AssessmentVersions.Version> all = versions.versions(id);
    model.addAttribute("versions", all);
    model.addAttribute(
        "currentVersion", all.stream().filter(AssessmentVersions.Version::current).findFirst());
    model.addAttribute("isCurrent", all.stream().anyMatch(v -> v.current() && v.id() == id));
    AssessmentAccess.Offers offers = access.offers(unitId);
    model.addAttribute("mayDraft", offers.draft());
    model.addAttribute("mayEdit", offers.edit());
    model.addAttribute(
        "demo", units.findById(card.assessment().unitId()).map(Unit::demo).orElse(false));
    return "assessment/web/view";
  }

  /** The finding's figures in the reader's way ("2,80" in Vietnamese); its code (first) as is. */
  private static Object[] figures(Finding f) {
    return DecimalText.figures(f.args(), 1, LocaleContextHolder.getLocale());
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("message", messages.get(e.messageKey(), e.args()));
    return "assessment/web/notfound";
  }
}
