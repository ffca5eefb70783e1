package vn.parindex.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;

/**
 * The upload form refused: what was typed (a file cannot be chosen again for the person, the rest
 * is kept), every problem listed above the form (the table's by row and column of the file), and a
 * form field's problem also beside that field.
 */
final class UploadForm {

  /** The form's fields a problem may name, by their name or by their label key. */
  private static final Set<String> FIELDS =
      Set.of(
          "unit",
          "newCode",
          "newName",
          "newParent",
          "year",
          "framework",
          "statedLoss",
          "rank",
          "rankOf",
          "rankChange");

  private static final String LABEL = InputProblem.LABEL + "assessment.field.";

  private UploadForm() {}

  static Form refused(
      Map<String, ?> typed, boolean newUnit, List<InputProblem> problems, Messages messages) {
    Form form = Form.of(typed);
    List<String> listed = new ArrayList<>();
    for (InputProblem p : problems) {
      listed.add(messages.describe(p));
      String field = p.row() == 0 ? field(p.column(), newUnit) : null;
      if (field != null && form.error(field) == null) {
        form = form.withError(field, messages.get(p.messageKey(), p.args()));
      }
    }
    return form.withErrors(listed);
  }

  /** A refusal that is about no field: the page lists it above the form. */
  static Form refused(Map<String, ?> typed, String message) {
    return Form.of(typed).withErrors(List.of(message));
  }

  private static String field(String column, boolean newUnit) {
    if (column == null) {
      return null;
    }
    String name = column.startsWith(LABEL) ? column.substring(LABEL.length()) : column;
    if (!FIELDS.contains(name)) {
      return null;
    }
    // the unit a new code would make is refused on that code, not on the list of units
    return newUnit && name.equals("unit") ? "newCode" : name;
  }
}
