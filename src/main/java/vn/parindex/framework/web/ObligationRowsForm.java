package vn.parindex.framework.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;
import vn.parindex.framework.ObligationForm;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Text;
import vn.parindex.page.Form;

/**
 * The obligations form as posted: one value per row for each field, in the rows' order (read raw,
 * so that a comma in a title stays in it), and {@code remove} holding the numbers of the rows to
 * drop. Rows left entirely empty are not obligations; a number that is not whole is a problem of
 * its row and field. {@code typed} keeps each row exactly as typed, to show it again when refused.
 */
record ObligationRowsForm(
    List<ObligationForm> rows,
    List<Form> typed,
    List<Integer> keptRows,
    Set<Integer> removedRows,
    List<InputProblem> problems) {

  static final ObligationForm BLANK =
      new ObligationForm("", "", "DEADLINE", "", "", null, null, "");

  private static final List<String> FIELDS =
      List.of(
          "criterionCode",
          "title",
          "kind",
          "from",
          "to",
          "timesPerYear",
          "withinDays",
          "responsible");

  static ObligationRowsForm read(MultiValueMap<String, String> params) {
    int count = params.getOrDefault("title", List.of()).size();
    Set<Integer> removed = new HashSet<>();
    for (String row : params.getOrDefault("remove", List.of())) {
      try {
        removed.add(Integer.valueOf(row.strip()));
      } catch (NumberFormatException e) {
        // not a row of this form: nothing to remove
      }
    }
    List<ObligationForm> rows = new ArrayList<>();
    List<Form> typed = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int row = i + 1;
      List<String> v = new ArrayList<>();
      Map<String, String> asTyped = new LinkedHashMap<>();
      for (String field : FIELDS) {
        List<String> values = params.getOrDefault(field, List.of());
        v.add(i < values.size() ? values.get(i) : "");
        asTyped.put(field, v.get(v.size() - 1));
      }
      typed.add(Form.of(asTyped));
      ObligationForm form =
          new ObligationForm(
              v.get(0),
              v.get(1),
              v.get(2),
              v.get(3),
              v.get(4),
              whole(v.get(5), row, "timesPerYear", problems),
              whole(v.get(6), row, "withinDays", problems),
              v.get(7));
      rows.add(form);
      boolean empty =
          Text.isBlank(v.get(0))
              && Text.isBlank(v.get(1))
              && Text.isBlank(v.get(3))
              && Text.isBlank(v.get(4))
              && Text.isBlank(v.get(5))
              && Text.isBlank(v.get(6))
              && Text.isBlank(v.get(7));
      if (!empty && !removed.contains(row)) {
        kept.add(row);
      }
    }
    return new ObligationRowsForm(rows, typed, kept, Set.copyOf(removed), problems);
  }

  /** A row of the form showing an obligation as stored (or a blank row). */
  static Form shown(ObligationForm o) {
    List<Object> values =
        Arrays.asList(
            o.criterionCode(),
            o.title(),
            o.kind(),
            o.from(),
            o.to(),
            o.timesPerYear(),
            o.withinDays(),
            o.responsible());
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      row.put(FIELDS.get(i), values.get(i));
    }
    return Form.of(row);
  }

  /**
   * The rows as typed, each problem of a row's field beside that field ({@code message} gives its
   * text); problems of no row stay above the form only.
   */
  List<Form> typedWith(List<InputProblem> found, Function<InputProblem, String> message) {
    List<Form> shown = new ArrayList<>(typed);
    for (InputProblem p : found) {
      if (p.row() >= 1 && p.row() <= shown.size() && FIELDS.contains(p.column())) {
        shown.set(p.row() - 1, shown.get(p.row() - 1).withError(p.column(), message.apply(p)));
      }
    }
    return shown;
  }

  /** The rows to save: neither empty nor removed. */
  List<ObligationForm> kept() {
    return keptRows.stream().map(row -> rows.get(row - 1)).toList();
  }

  /**
   * The problems with the row numbers of the form: the editor numbers the rows it was given, which
   * leave out the empty and removed ones.
   */
  List<InputProblem> shownRows(List<InputProblem> found) {
    return found.stream()
        .map(
            p ->
                p.row() >= 1 && p.row() <= keptRows.size()
                    ? new InputProblem(
                        keptRows.get(p.row() - 1), p.column(), p.messageKey(), p.args())
                    : p)
        .toList();
  }

  private static Integer whole(String text, int row, String field, List<InputProblem> problems) {
    if (Text.isBlank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(InputProblem.of(row, field, "framework.obligations.whole", text.strip()));
      return null;
    }
  }
}
