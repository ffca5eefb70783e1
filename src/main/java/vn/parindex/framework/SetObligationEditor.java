package vn.parindex.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;

/**
 * Changes the obligations a criteria set carries (time windows, recurring duties, deadlines,
 * response times). A saved set never changes, since assessments scored against it keep it: the
 * change is saved, all or nothing, as the next version of the set for its (year, unit type), with
 * the same criteria and bands; the units' obligations calendars follow the newest version. Only the
 * newest version is changed.
 */
@Service
public class SetObligationEditor {

  private final CriteriaSets sets;

  SetObligationEditor(CriteriaSets sets) {
    this.sets = sets;
  }

  /**
   * The new version carrying {@code rows} (in order) as its obligations; every problem of every row
   * at once otherwise, each naming its row (1-based) and field. A row's criterion must be one of
   * the set's; a row without a title takes its criterion's name, as in the set's YAML.
   */
  @Transactional
  public CriteriaSet revise(long setId, List<ObligationForm> rows) {
    CriteriaSet set =
        sets.findById(setId).orElseThrow(() -> new NotFoundException("framework.notfound", setId));
    int next = sets.nextVersion(set.year(), set.unitType());
    if (next != set.version() + 1) {
      throw stale(set, next - 1);
    }
    List<InputProblem> problems = new ArrayList<>();
    List<Obligation> obligations = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int row = i + 1;
      ObligationForm form = rows.get(i);
      Optional<Criterion> criterion = criterion(set, form.criterionCode(), row, problems);
      try {
        Obligation o =
            form.forSet(
                criterion.map(Criterion::code).orElse(null),
                criterion.map(Criterion::name).orElse(null));
        if (criterion.isPresent()) {
          obligations.add(o);
        }
      } catch (InvalidInputException e) {
        e.problems()
            .forEach(
                p -> problems.add(new InputProblem(row, p.column(), p.messageKey(), p.args())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    try {
      return sets.save(
          set.asVersion(next, set.partial(), set.source()).withObligations(obligations));
    } catch (DuplicateKeyException e) {
      throw stale(set, next); // saved by someone else a moment ago
    }
  }

  /**
   * Only the newest version is changed: a newer one means someone changed the set since this form
   * was opened, and saving this one would silently undo their change.
   */
  private static InvalidInputException stale(CriteriaSet set, int newest) {
    return new InvalidInputException(
        InputProblem.ofFile("framework.obligations.stale", set.version(), newest));
  }

  private static Optional<Criterion> criterion(
      CriteriaSet set, String raw, int row, List<InputProblem> problems) {
    String code = Text.cleanOrNull(raw);
    if (code == null) {
      problems.add(
          InputProblem.of(row, "criterionCode", "framework.obligations.criterion.required"));
      return Optional.empty();
    }
    Optional<Criterion> found = CriterionCode.parse(code).flatMap(set::find);
    if (found.isEmpty()) {
      problems.add(
          InputProblem.of(row, "criterionCode", "framework.obligations.criterion.unknown", code));
    }
    return found;
  }
}
