package vn.parindex.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.AssessmentVersions;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.assessment.TreeView;
import vn.parindex.framework.CriterionCode;
import vn.parindex.input.DecimalText;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;
import vn.parindex.input.VersionRequiredException;

/**
 * Inline editing (htmx) of one leaf's points, reason and measure. The edit replaces the row with a
 * form; saving stores the entry and reloads the page so totals and findings are recomputed.
 */
@Controller
class EntryEditPages {

  private final AssessmentQueries queries;
  private final Assessments assessments;
  private final Messages messages;
  private final AssessmentAccess access;
  private final AssessmentVersions versions;

  EntryEditPages(
      AssessmentQueries queries,
      Assessments assessments,
      Messages messages,
      AssessmentAccess access,
      AssessmentVersions versions) {
    this.access = access;
    this.versions = versions;
    this.queries = queries;
    this.assessments = assessments;
    this.messages = messages;
  }

  @GetMapping("/assessments/{id}/nodes/{code}/edit")
  @Access(AssessmentAccess.class)
  String edit(@PathVariable long id, @PathVariable String code, Model model) {
    access.checkWrite(id);
    return form(id, leaf(id, code), null, null, null, null, model);
  }

  /** What the editor saw, sent back with the edit: the version and this entry's values then. */
  record Seen(Integer version, String points, String reason, String measure) {}

  @PostMapping("/assessments/{id}/nodes/{code}")
  @Access(AssessmentAccess.class)
  String save(
      @PathVariable long id,
      @PathVariable String code,
      @RequestParam(value = "points", required = false) String pointsText,
      @RequestParam(value = "reason", required = false) String reason,
      @RequestParam(value = "measure", required = false) String measure,
      @RequestParam(value = "version", required = false) Integer version,
      @RequestParam(value = "seenPoints", required = false) String seenPoints,
      @RequestParam(value = "seenReason", required = false) String seenReason,
      @RequestParam(value = "seenMeasure", required = false) String seenMeasure,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    access.checkWrite(id);
    int seenVersion = VersionRequiredException.require(version);
    ScoredNode node = leaf(id, code);
    BigDecimal points;
    try {
      points = Decimals.parse(pointsText).orElse(null);
    } catch (NumberFormatException e) {
      String error = messages.get(Decimals.messageKey(e), pointsText);
      return form(id, node, pointsText, reason, measure, error, model);
    }
    if (points == null || points.signum() < 0) {
      String error = messages.get("assessment.edit.points.invalid", pointsText);
      return form(id, node, pointsText, reason, measure, error, model);
    }
    AssessmentEntry entry =
        node.entry() != null
            ? node.entry()
            : AssessmentEntry.ofPoints(node.criterion().code(), points);
    if (!versions.isCurrent(id)) {
      refused(response, htmx);
      return form(
          id, node, pointsText, reason, measure, messages.get("assessment.edit.old"), model);
    }
    try {
      AssessmentEntry edited =
          entry
              .withPoints(points)
              .withRemarks(Text.cleanOrNull(reason), Text.cleanOrNull(measure), entry.note());
      int seen = seenVersion;
      while (!assessments.saveEntry(access.actor(), id, edited, seen)) {
        // Someone saved this assessment since: refused only when they changed this very entry.
        List<String> changed =
            changedFields(id, code, new Seen(seen, seenPoints, seenReason, seenMeasure));
        if (!changed.isEmpty() || !versions.isCurrent(id)) {
          refused(response, htmx);
          String error = messages.get("assessment.edit.stale", String.join(", ", changed));
          return form(id, node, pointsText, reason, measure, error, model);
        }
        seen = assessments.version(id).orElse(0);
      }
    } catch (InvalidInputException e) {
      // the field as this form labels it; the row the entry was once imported from means nothing
      // here
      InputProblem p = e.problems().get(0);
      String error = messages.describe(new InputProblem(0, p.column(), p.messageKey(), p.args()));
      return form(id, node, pointsText, reason, measure, error, model);
    }
    if (htmx == null) {
      return "redirect:/assessments/" + id;
    }
    response.setHeader("HX-Redirect", "/assessments/" + id + "#node-" + code);
    return "assessment/web/savedRow";
  }

  /** The fields of this entry that differ now from what the editor was shown. */
  private List<String> changedFields(long id, String code, Seen seen) {
    ScoredNode now = leaf(id, code);
    AssessmentEntry e = now.entry();
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(Text.clean(orEmpty(seen.points())), Decimals.plain(now.points()))) {
      changed.add(messages.get("assessment.audit.points"));
    }
    if (!Objects.equals(Text.cleanOrNull(seen.reason()), e == null ? null : e.reason())) {
      changed.add(messages.get("assessment.audit.reason"));
    }
    if (!Objects.equals(Text.cleanOrNull(seen.measure()), e == null ? null : e.measure())) {
      changed.add(messages.get("assessment.audit.measure"));
    }
    return changed;
  }

  private ScoredNode leaf(long id, String code) {
    Scorecard card = queries.scorecard(id);
    return CriterionCode.parse(code)
        .flatMap(card::node)
        .filter(ScoredNode::leaf)
        .orElseThrow(() -> new NotFoundException("assessment.edit.notfound", code));
  }

  private String form(
      long id,
      ScoredNode node,
      String points,
      String reason,
      String measure,
      String error,
      Model model) {
    AssessmentEntry e = node.entry();
    model.addAttribute("id", id);
    model.addAttribute("node", TreeView.node(node));
    // shown as the reader writes it ("6,47" in Vietnamese); Decimals reads either separator back
    model.addAttribute(
        "points",
        points != null
            ? points
            : DecimalText.plain(node.points(), LocaleContextHolder.getLocale()));
    model.addAttribute("reason", reason != null ? reason : e == null ? "" : e.reason());
    model.addAttribute("measure", measure != null ? measure : e == null ? "" : e.measure());
    model.addAttribute("error", error);
    // what the editor is shown now: sent back with the save to find another person's changes
    model.addAttribute("version", assessments.version(id).orElse(0));
    model.addAttribute("seenPoints", Decimals.plain(node.points()));
    model.addAttribute("seenReason", e == null ? null : e.reason());
    model.addAttribute("seenMeasure", e == null ? null : e.measure());
    return "assessment/web/editRow";
  }

  /** 409, except to htmx, which swaps in only a 2xx answer: the row with its message. */
  private static void refused(HttpServletResponse response, String htmx) {
    if (htmx == null) {
      response.setStatus(409);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
