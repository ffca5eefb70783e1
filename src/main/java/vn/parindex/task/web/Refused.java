package vn.parindex.task.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.ui.Model;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.task.PlanTasks;

/**
 * A refused post shown again: the values as typed, each problem's message beside the field it
 * names, and (given by the page's render) every message above the form, so that a person scrolled
 * to the top of a phone's screen sees at once that something below needs them.
 */
final class Refused {

  /** The model attribute every task page reads its form from. */
  static final String FORM = "form";

  private Refused() {}

  /** What was typed, with each problem's message beside its field (a column named as the field). */
  static Form typed(HttpServletRequest request, List<InputProblem> problems, Messages messages) {
    return typed(request, problems, messages, InputProblem::column);
  }

  /**
   * What was typed, with each problem's message beside the field {@code field} names for it (null:
   * the problem belongs to no field of this form and shows only above it).
   */
  static Form typed(
      HttpServletRequest request,
      List<InputProblem> problems,
      Messages messages,
      Function<InputProblem, String> field) {
    Form form = Form.of(request.getParameterMap());
    for (InputProblem p : problems) {
      String name = p.column() == null ? null : field.apply(p);
      if (name != null) {
        form = form.withError(name, messages.get(p.messageKey(), p.args()));
      }
    }
    return form;
  }

  /**
   * The messages above a one-record form: each field named by its label ("Trường «Hạn hoàn thành»:
   * Không được để trống."), without the row number that only a list of records needs.
   */
  static List<String> above(List<InputProblem> problems, Messages messages) {
    return problems.stream()
        .map(p -> messages.describe(new InputProblem(0, p.column(), p.messageKey(), p.args())))
        .toList();
  }

  /**
   * The plan's lines as typed, their ticks (a repeated name keeps only its first value in a form,
   * so each tick becomes "pick_KEY"/"split_KEY") and each problem beside its line's field.
   */
  static Form lines(
      HttpServletRequest request,
      List<String> picks,
      Set<String> split,
      List<PlanTasks.Choice> choices,
      List<InputProblem> problems,
      Messages messages) {
    Form form =
        typed(
            request,
            problems,
            messages,
            p -> {
              if (p.row() < 1 || p.row() > choices.size()) {
                return null;
              }
              String field = "criterionCodes".equals(p.column()) ? "code" : p.column();
              return field + "_" + choices.get(p.row() - 1).proposal();
            });
    for (String key : picks == null ? List.<String>of() : picks) {
      form = form.with("pick_" + key, "on");
    }
    for (String key : split) {
      form = form.with("split_" + key, "on");
    }
    return form;
  }

  /** The page's form: what a refused post typed (or nothing yet), with the messages above it. */
  static Form form(Model model, List<String> errors) {
    Form typed = model.getAttribute(FORM) instanceof Form f ? f : Form.empty();
    return typed.withErrors(errors);
  }
}
