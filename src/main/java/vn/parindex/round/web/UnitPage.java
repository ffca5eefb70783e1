package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.parindex.account.CurrentUser;
import vn.parindex.page.Form;
import vn.parindex.round.AdjustmentSheet;
import vn.parindex.round.DossierFigures;
import vn.parindex.round.RoundAssignments;
import vn.parindex.round.RoundDecisions;
import vn.parindex.round.RoundSheets;
import vn.parindex.round.SelfAssessmentAids;
import vn.parindex.round.UnitRead;
import vn.parindex.round.UnitReads;

/**
 * The unit's round page, whole: for its own GET and for every post refused on it (an entry, an
 * adjustment, a task's file, a plan), so a refusal never shows a page with parts missing. The
 * round, the unit, its row and what the reader may do on it are read once and given to each part.
 */
@Component
class UnitPage {

  private final UnitReads reads;
  private final RoundSheets sheets;
  private final SelfAssessmentAids aids;
  private final RoundAssignments assignments;
  private final AdjustmentSheet adjustments;
  private final UnitPlanLink plans;
  private final RoundDecisions decisions;
  private final Clock clock;
  private final DossierFigures dossiers;

  UnitPage(
      UnitReads reads,
      RoundSheets sheets,
      SelfAssessmentAids aids,
      RoundAssignments assignments,
      AdjustmentSheet adjustments,
      UnitPlanLink plans,
      RoundDecisions decisions,
      Clock clock,
      DossierFigures dossiers) {
    this.reads = reads;
    this.dossiers = dossiers;
    this.sheets = sheets;
    this.aids = aids;
    this.assignments = assignments;
    this.adjustments = adjustments;
    this.plans = plans;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** What the reader has not appraised yet in the unit's open round (none when none is open). */
  Untouched untouched(long id, String unit, CurrentUser reader) {
    UnitRead read = reads.read(id, unit, reader, LocalDate.now(clock));
    return Untouched.of(sheets.sheet(read), assignments.leafFillers(read));
  }

  /** The version of one leaf's entry as stored now (0 when the leaf has none yet). */
  int version(long id, String unit, String code, CurrentUser reader) {
    UnitRead read = reads.read(id, unit, reader, LocalDate.now(clock));
    return sheets.sheet(read).leaves().stream()
        .filter(l -> l.code().equals(code))
        .mapToInt(RoundSheets.Leaf::version)
        .findFirst()
        .orElse(0);
  }

  /** Fills the page's model for the reader, with the form as typed (or empty); its view name. */
  String render(
      long id,
      String unit,
      Form form,
      CurrentUser reader,
      HttpServletRequest request,
      Model model) {
    UnitRead read = reads.read(id, unit, reader, LocalDate.now(clock));
    model.addAttribute("sheet", sheets.sheet(read));
    model.addAttribute("form", form);
    model.addAttribute("aids", aids.of(read));
    model.addAttribute("fillers", assignments.leafFillers(read));
    model.addAttribute("adjustments", adjustments.block(read));
    model.addAttribute("unitPlan", plans.of(read, reader));
    model.addAttribute(
        "decisions",
        new Decisions(
            () -> decisions.roundOffer(id),
            () -> decisions.unitOffer(read),
            Form.empty(),
            null,
            true));
    model.addAttribute("dossiers", dossiers.of(read));
    // the leaf whose forms are open (?edit=1.2): its self-assessment, appraisal or explanation,
    // one leaf's a page, not 80 forms each listing the whole evidence library
    model.addAttribute("edit", request.getParameter("edit"));
    // the leaf just saved (?saved=1.2): "Đã lưu" beside it; a code no leaf has shows nothing
    model.addAttribute("saved", request.getParameter("saved"));
    // a document just taken from a verified task (?tick=ID): ticked in the open form, not saved yet
    model.addAttribute("tick", tick(request.getParameter("tick")));
    return "round/web/unit";
  }

  private static Long tick(String text) {
    try {
      return text == null ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null; // a mangled link ticks nothing
    }
  }
}
