package vn.parindex.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.parindex.input.DecimalText;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.plan.IssueDate;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanHeader;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSection;

/**
 * The editor's fields as a {@link Form}: a stored plan's values under the names {@link PlanForm}
 * reads, or, for a refused save, what was typed with each message beside its field (a line's
 * problem beside that line's field, whatever index the browser gave the row).
 */
final class PlanEditorForm {

  /** The header and body fields a problem without a row names directly. */
  private static final Set<String> FIELDS =
      Set.of(
          "authorityUpper",
          "authorityUnit",
          "unitLabel",
          "number",
          "place",
          "issueDay",
          "issueMonth",
          "issueYear",
          "title",
          "subject",
          "legalBases",
          "opening",
          "closing",
          "recipients",
          "appendixTitle",
          "signerAuthority",
          "signerTitle",
          "signerName");

  private PlanEditorForm() {}

  /**
   * The stored plan in the editor's fields, its points as the reader writes them ("6,47" in
   * Vietnamese; {@link PlanForm} reads either separator back).
   */
  static Form of(Plan plan, Locale locale) {
    Map<String, Object> v = new LinkedHashMap<>();
    PlanHeader h = plan.header();
    v.put("version", plan.version());
    v.put("authorityUpper", h.authorityUpper());
    v.put("authorityUnit", h.authorityUnit());
    v.put("unitLabel", h.unitLabel());
    v.put("number", h.number());
    v.put("place", h.place());
    IssueDate d = h.issueDate();
    if (d != null) {
      v.put("issueDay", d.day());
      v.put("issueMonth", d.month());
      v.put("issueYear", d.year());
    }
    v.put("title", h.title());
    v.put("subject", h.subject());
    v.put("legalBases", String.join("\n", plan.legalBases()));
    v.put("opening", String.join("\n", plan.opening()));
    List<PlanSection> sections = plan.sections();
    for (int i = 0; i < sections.size(); i++) {
      v.put("section[" + i + "].heading", sections.get(i).heading());
      v.put("section[" + i + "].items", String.join("\n", sections.get(i).items()));
    }
    v.put("closing", plan.closing());
    v.put("appendixTitle", plan.appendixTitle());
    List<PlanLine> lines = plan.lines();
    for (int k = 0; k < lines.size(); k++) {
      PlanLine l = lines.get(k);
      String p = "line[" + k + "].";
      v.put(p + "area", l.area() ? "on" : null);
      v.put(p + "code", l.code());
      v.put(p + "key", l.key());
      v.put(p + "content", l.content());
      v.put(p + "maxPoints", DecimalText.plain(l.maxPoints(), locale));
      v.put(p + "points", DecimalText.plain(l.points(), locale));
      v.put(p + "reason", l.reason());
      v.put(p + "measure", l.measure());
      v.put(p + "responsible", l.responsible());
      v.put(p + "deadline", l.deadline());
      v.put(p + "note", l.note());
      v.put(p + "lossKind", l.lossKind());
    }
    v.put("recipients", String.join("\n", plan.recipients()));
    v.put("signerAuthority", plan.signature().authority());
    v.put("signerTitle", plan.signature().title());
    v.put("signerName", plan.signature().name());
    return Form.of(v);
  }

  /**
   * What was typed, each problem beside its field and all of them listed above the form ("Dòng phụ
   * lục 2, «Số điểm»: …"), so a long editor shows at once that it was not saved and where.
   */
  static Form refused(Map<String, String[]> typed, List<InputProblem> problems, Messages messages) {
    Form form = Form.of(typed);
    List<Integer> lines = lineKeys(form);
    List<Integer> sections = sectionKeys(form);
    List<String> listed = new ArrayList<>();
    for (InputProblem p : problems) {
      p = inReadersFigures(p);
      listed.add(describe(p, messages));
      String field = field(p, lines, sections);
      if (field != null && form.error(field) == null) {
        form = form.withError(field, messages.get(p.messageKey(), p.args()));
      }
    }
    return form.withErrors(listed);
  }

  /** The indices of the appendix rows on the form, in their order on the page. */
  static List<Integer> lineKeys(Form form) {
    return List.copyOf(PlanForm.indices(form.values(), PlanForm.LINE));
  }

  /** The indices of the body sections on the form. */
  static List<Integer> sectionKeys(Form form) {
    return List.copyOf(PlanForm.indices(form.values(), PlanForm.SECTION));
  }

  /** The form field a problem is about, or null when it is about no single field on the page. */
  private static String field(InputProblem p, List<Integer> lines, List<Integer> sections) {
    String column = p.column();
    if (column == null) {
      return null;
    }
    if (p.row() == 0) {
      return FIELDS.contains(column) ? column : null;
    }
    if ("section".equals(column)) {
      return p.row() <= sections.size()
          ? "section[" + sections.get(p.row() - 1) + "].heading"
          : null;
    }
    return p.row() <= lines.size() ? "line[" + lines.get(p.row() - 1) + "]." + column : null;
  }

  /** The problem's figures ("9.50") as the reader writes them ("9,50" in Vietnamese). */
  private static InputProblem inReadersFigures(InputProblem p) {
    Object[] args = DecimalText.figures(p.args(), 0, LocaleContextHolder.getLocale());
    return new InputProblem(p.row(), p.column(), p.messageKey(), java.util.Arrays.asList(args));
  }

  private static String describe(InputProblem p, Messages messages) {
    String message = messages.get(p.messageKey(), p.args());
    if ("section".equals(p.column())) {
      return message;
    }
    String field = p.column() == null ? "" : messages.get("plan.field." + p.column());
    if (p.row() > 0) {
      return messages.get("plan.problem.at", p.row(), field, message);
    }
    return messages.get("plan.problem.field", field, message);
  }
}
