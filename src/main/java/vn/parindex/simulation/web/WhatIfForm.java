package vn.parindex.simulation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.page.Form;
import vn.parindex.simulation.WhatIfChange;

/**
 * The what-if page's form read into changes: a field whose value is still the current one is no
 * change; a value that is not a number is refused beside its field.
 */
final class WhatIfForm {

  private WhatIfForm() {}

  /** The changes the form asks for, in the rows' order; {@code rows} give each field's name. */
  static List<WhatIfChange> changes(Form form, List<WhatIfRow> rows) {
    List<WhatIfChange> out = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (WhatIfRow row : rows) {
      String typed = form.value(row.name()).strip();
      if (typed.isEmpty() || Objects.equals(typed, row.current())) {
        continue;
      }
      try {
        out.add(change(row, typed));
      } catch (NumberFormatException | ArithmeticException e) {
        problems.add(InputProblem.of(0, row.name(), "dossier.whatif.number", row.code(), typed));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return out;
  }

  private static WhatIfChange change(WhatIfRow row, String typed) {
    String code = row.code();
    return switch (row.field()) {
      case "rate" -> new WhatIfChange(code, number(typed), null, null, null, null, null, null);
      case "done" ->
          new WhatIfChange(code, null, null, null, null, Boolean.valueOf(typed), null, null);
      case "level" -> new WhatIfChange(code, null, null, null, typed, null, null, null);
      case "count" ->
          new WhatIfChange(code, null, null, null, null, null, number(typed).intValueExact(), null);
      default -> new WhatIfChange(code, null, null, null, null, null, null, number(typed));
    };
  }

  private static BigDecimal number(String typed) {
    try {
      return Decimals.parse(typed).orElseThrow(() -> new NumberFormatException(typed));
    } catch (ArithmeticException e) {
      throw new NumberFormatException(typed);
    }
  }
}
