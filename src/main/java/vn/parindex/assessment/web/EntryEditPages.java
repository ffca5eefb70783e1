package vn.parindex.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
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
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.assessment.TreeView;
import vn.parindex.framework.CriterionCode;
import vn.parindex.input.Decimals;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;

/**
 * Inline editing (htmx) of one leaf's points, reason and measure. The edit replaces the row with a
 * form; saving stores the entry and reloads the page so totals and findings are recomputed.
 */
@Controller
class EntryEditPages {

  private final AssessmentQueries queries;
  private final Assessments assessments;
  private final AssessmentAccess access;

  EntryEditPages(AssessmentQueries queries, Assessments assessments, AssessmentAccess access) {
    this.access = access;
    this.queries = queries;
    this.assessments = assessments;
  }

  @GetMapping("/assessments/{id}/nodes/{code}/edit")
  @Access(AssessmentAccess.class)
  String edit(@PathVariable long id, @PathVariable String code, Model model) {
    access.checkRead(id);
    return form(id, leaf(id, code), null, null, null, null, model);
  }

  @PostMapping("/assessments/{id}/nodes/{code}")
  @Access(AssessmentAccess.class)
  String save(
      @PathVariable long id,
      @PathVariable String code,
      @RequestParam(value = "points", required = false) String pointsText,
      @RequestParam(value = "reason", required = false) String reason,
      @RequestParam(value = "measure", required = false) String measure,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    access.checkWrite(id);
    ScoredNode node = leaf(id, code);
    BigDecimal points;
    try {
      points = Decimals.parse(pointsText).orElse(null);
    } catch (NumberFormatException e) {
      return form(id, node, pointsText, reason, measure, "input.number.invalid", model);
    }
    if (points == null || points.signum() < 0) {
      return form(id, node, pointsText, reason, measure, "assessment.edit.points.invalid", model);
    }
    AssessmentEntry entry =
        node.entry() != null
            ? node.entry()
            : AssessmentEntry.ofPoints(node.criterion().code(), points);
    assessments.saveEntry(
        id,
        entry
            .withPoints(points)
            .withRemarks(Text.cleanOrNull(reason), Text.cleanOrNull(measure), entry.note()));
    if (htmx == null) {
      return "redirect:/assessments/" + id;
    }
    response.setHeader("HX-Redirect", "/assessments/" + id + "#node-" + code);
    return "assessment/edit-row :: saved";
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
    model.addAttribute("points", points != null ? points : Decimals.plain(node.points()));
    model.addAttribute("reason", reason != null ? reason : e == null ? "" : e.reason());
    model.addAttribute("measure", measure != null ? measure : e == null ? "" : e.measure());
    model.addAttribute("error", error);
    return "assessment/edit-row :: row";
  }
}
