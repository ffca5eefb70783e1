package vn.parindex.simulation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.parindex.account.Access;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.Assessments;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.page.Form;
import vn.parindex.simulation.WhatIf;
import vn.parindex.simulation.WhatIfAnswer;
import vn.parindex.simulation.WhatIfChange;
import vn.parindex.unit.Units;

/**
 * "Thử nếu…": every leaf that lost points with its input to change; the page's script asks the API
 * at each change, and without a script the form posts here and the page comes back with the result.
 */
@Controller
@Access(AssessmentAccess.class)
class WhatIfPages {

  private final WhatIf whatIf;
  private final AssessmentAccess access;
  private final Assessments assessments;
  private final Units units;
  private final Messages messages;

  WhatIfPages(
      WhatIf whatIf,
      AssessmentAccess access,
      Assessments assessments,
      Units units,
      Messages messages) {
    this.whatIf = whatIf;
    this.access = access;
    this.assessments = assessments;
    this.units = units;
    this.messages = messages;
  }

  @GetMapping("/assessments/{id}/what-if")
  String show(@PathVariable long id, Model model) {
    access.checkRead(id);
    List<WhatIfRow> rows = rows(id);
    Form form = Form.empty();
    for (WhatIfRow row : rows) {
      form = form.with(row.name(), row.current());
    }
    return page(id, model, rows, form, null);
  }

  @PostMapping("/assessments/{id}/what-if")
  String tryIt(@PathVariable long id, HttpServletRequest request, Model model) {
    access.checkRead(id);
    List<WhatIfRow> rows = rows(id);
    Form form = Form.of(request.getParameterMap());
    List<WhatIfChange> changes = List.of();
    try {
      changes = WhatIfForm.changes(form, rows);
      if (changes.isEmpty()) {
        return page(id, model, rows, form, null);
      }
      WhatIfAnswer answer = whatIf.simulate(id, changes);
      Map<String, java.math.BigDecimal> after = new java.util.HashMap<>();
      answer.changes().forEach(c -> after.put(c.code(), c.after()));
      List<WhatIfRow> tried = new ArrayList<>();
      for (WhatIfRow row : rows) {
        tried.add(after.containsKey(row.code()) ? row.after(after.get(row.code())) : row);
      }
      return page(id, model, tried, form, answer.after());
    } catch (InvalidInputException e) {
      for (InputProblem p : e.problems()) {
        String field = p.row() > 0 ? "v_" + changes.get(p.row() - 1).code() : p.column();
        form = form.withError(field, messages.get(p.messageKey(), p.args()));
      }
      return page(id, model, rows, form, null);
    }
  }

  private List<WhatIfRow> rows(long id) {
    Locale locale = LocaleContextHolder.getLocale();
    return whatIf.lostLeaves(id).stream()
        .map(l -> WhatIfRow.of(l, WhatIfRow.need(l.gain(), messages, locale), locale))
        .toList();
  }

  private String page(
      long id, Model model, List<WhatIfRow> rows, Form form, WhatIfAnswer.Standing then) {
    Assessment a =
        assessments
            .findById(id)
            .orElseThrow(() -> new NotFoundException("assessment.notfound", id));
    model.addAttribute("id", id);
    model.addAttribute("unitName", units.findById(a.unitId()).map(u -> u.name()).orElse(""));
    model.addAttribute("year", a.year());
    model.addAttribute("rows", rows);
    model.addAttribute("form", form);
    model.addAttribute("now", whatIf.now(id));
    model.addAttribute("then", then);
    return "simulation/web/whatif";
  }
}
