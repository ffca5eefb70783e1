package vn.parindex.assessment.results;

import java.util.List;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * A results table that is otherwise sound names units the chosen parent does not have yet. Nothing
 * is stored: the caller asks the user whether to create them ({@code createUnits=true} on the API,
 * a confirm on the page), never silently.
 */
public class UnknownUnitsException extends InvalidInputException {

  /** A unit the table names, with the row and what it gave: a name, and a code when it had one. */
  public record UnknownUnit(int row, String column, String code, String name) {}

  private final String parentCode;
  private final String parentName;
  private final List<UnknownUnit> units;

  UnknownUnitsException(String parentCode, String parentName, List<UnknownUnit> units) {
    super(
        units.stream()
            .map(
                u ->
                    InputProblem.of(
                        u.row(),
                        u.column(),
                        "ranking.import.unit.new",
                        u.code().isEmpty() ? u.name() : u.code(),
                        parentName))
            .toList());
    this.parentCode = parentCode;
    this.parentName = parentName;
    this.units = List.copyOf(units);
  }

  public String parentCode() {
    return parentCode;
  }

  public String parentName() {
    return parentName;
  }

  public List<UnknownUnit> units() {
    return units;
  }
}
