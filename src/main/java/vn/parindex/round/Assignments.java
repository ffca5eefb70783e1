package vn.parindex.round;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriterionCode;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;

/**
 * Which department answers for which criterion, and its version: the unit's departments that fill
 * (self-assessment and explanations), or the parent's departments that appraise. A code may be an
 * area or any parent and then stands for all its leaves; the most specific assigned code decides a
 * leaf, so "1 → Văn phòng" with "1.3 → Tư pháp" gives 1.3 to Tư pháp and the rest of 1 to Văn
 * phòng.
 */
final class Assignments {

  /** One assigned code: a criterion (leaf or parent) and the department, with its name. */
  record Assigned(String code, long department, String departmentName) {}

  /** A line as given (API or page): a code and the department's id or name, both as typed. */
  record Line(String code, String department) {}

  /** What changed for one code, for the audit trail: a department name before and after. */
  record Change(String code, String before, String after) {}

  private final Map<String, Assigned> byCode;
  private final int version;

  Assignments(List<Assigned> assigned, int version) {
    Map<String, Assigned> map = new LinkedHashMap<>();
    assigned.stream()
        .sorted((x, y) -> CriterionCode.of(x.code()).compareTo(CriterionCode.of(y.code())))
        .forEach(a -> map.put(a.code(), a));
    this.byCode = map;
    this.version = version;
  }

  static Assignments none() {
    return new Assignments(List.of(), 0);
  }

  /**
   * The new assignments from the lines given: every code one of the set's criteria, given once,
   * every department one of {@code departments} (the active ones of the unit, by id). All or
   * nothing: each refused line is named by its row and field (422).
   */
  static Assignments of(
      List<Line> lines, CriteriaSet set, Map<Long, String> departments, int version) {
    List<InputProblem> problems = new ArrayList<>();
    List<Assigned> assigned = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Line> given = lines == null ? List.of() : lines;
    if (given.size() > 2000) {
      throw Refusal.field("assignments", "assign.tooMany", 2000);
    }
    for (int i = 0; i < given.size(); i++) {
      int row = i + 1;
      Line line = given.get(i) == null ? new Line(null, null) : given.get(i);
      Optional<CriterionCode> code =
          CriterionCode.parse(line.code() == null ? "" : line.code())
              .filter(c -> set.find(c).isPresent());
      if (code.isEmpty()) {
        problems.add(problem(row, "code", "code.unknown", Objects.toString(line.code(), "")));
        continue;
      }
      if (!seen.add(code.get().value())) {
        problems.add(problem(row, "code", "assign.twice", code.get().value()));
        continue;
      }
      Optional<Long> department = department(line.department(), departments);
      if (department.isEmpty()) {
        problems.add(
            problem(
                row, "department", "assign.department", Objects.toString(line.department(), "")));
        continue;
      }
      long id = department.get();
      assigned.add(new Assigned(code.get().value(), id, departments.get(id)));
    }
    Bounds.check(problems);
    return new Assignments(assigned, version);
  }

  /** A department named by its id ("12") or its name as the unit's list has it, any case. */
  private static Optional<Long> department(String given, Map<Long, String> departments) {
    String text = given == null ? "" : vn.parindex.input.Text.clean(given);
    if (text.matches("\\d{1,18}")) {
      long id = Long.parseLong(text);
      return departments.containsKey(id) ? Optional.of(id) : Optional.empty();
    }
    return departments.entrySet().stream()
        .filter(d -> d.getValue().equalsIgnoreCase(text))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static InputProblem problem(int row, String field, String key, Object... args) {
    return InputProblem.ofField(row, "round.field." + field, "round.invalid." + key, args);
  }

  /** The assignment that decides this leaf: its own code's, else its nearest assigned parent's. */
  Optional<Assigned> of(String leafCode) {
    Optional<CriterionCode> code = CriterionCode.parse(leafCode);
    while (code.isPresent()) {
      Assigned found = byCode.get(code.get().value());
      if (found != null) {
        return Optional.of(found);
      }
      code = code.get().parent();
    }
    return Optional.empty();
  }

  /**
   * Who fills a leaf of the unit: its PAR officer, chairman or an administrator every leaf; a
   * department official only the leaves assigned to their own department. An official without a
   * department, or a leaf not assigned yet, is refused: the officer assigns first.
   */
  void checkFills(CurrentUser user, String leafCode) {
    Refused refused = fillRefused(user, leafCode);
    if (refused != null) {
      throw refused.exception(leafCode);
    }
  }

  /**
   * Who appraises a leaf: an administrator or an appraiser without a department every leaf, and
   * every appraiser while the round assigns nothing; once it does, an appraiser of a department
   * only the leaves assigned to that department.
   */
  void checkAppraises(CurrentUser user, String leafCode) {
    Refused refused = appraiseRefused(user, leafCode);
    if (refused != null) {
      throw refused.exception(leafCode);
    }
  }

  // A page asks these for each of its 80 leaves: answered without building the exception (its
  // stack trace alone cost a page more than the rest of the question).
  boolean fills(CurrentUser user, String leafCode) {
    return fillRefused(user, leafCode) == null;
  }

  boolean appraises(CurrentUser user, String leafCode) {
    return appraiseRefused(user, leafCode) == null;
  }

  /**
   * Whether this appraiser ends a unit's appraisal round: once criteria are given to departments,
   * an appraiser of a department appraises only theirs and leaves the ending to one of no
   * department (or an administrator), so that no department closes the round on the others.
   */
  boolean letsEnd(CurrentUser user) {
    return user.has(Role.ADMIN) || user.departmentId() == null || byCode.isEmpty();
  }

  /** Why a person may not act on a leaf: the message's key, and the department it belongs to. */
  private record Refused(String key, String department) {

    CriterionRefused exception(String leafCode) {
      return department == null
          ? new CriterionRefused(key, leafCode)
          : new CriterionRefused(key, leafCode, department);
    }
  }

  private Refused fillRefused(CurrentUser user, String leafCode) {
    if (user.hasAny(Role.PAR_OFFICER, Role.LEADER, Role.ADMIN)) {
      return null;
    }
    if (user.departmentId() == null) {
      return new Refused("round.assign.refused.noDepartment", null);
    }
    Optional<Assigned> to = of(leafCode);
    if (to.isEmpty()) {
      return new Refused("round.assign.refused.unassigned", null);
    }
    if (to.get().department() != user.departmentId()) {
      return new Refused("round.assign.refused.other", to.get().departmentName());
    }
    return null;
  }

  private Refused appraiseRefused(CurrentUser user, String leafCode) {
    if (user.has(Role.ADMIN) || user.departmentId() == null || byCode.isEmpty()) {
      return null;
    }
    Optional<Assigned> to = of(leafCode);
    if (to.isEmpty()) {
      return new Refused("round.assign.refused.appraiseUnassigned", null);
    }
    if (to.get().department() != user.departmentId()) {
      return new Refused("round.assign.refused.appraiseOther", to.get().departmentName());
    }
    return null;
  }

  /** The codes whose department changed from this to {@code after}, by code. */
  List<Change> changes(Assignments after) {
    Set<String> codes = new java.util.TreeSet<>(byCode.keySet());
    codes.addAll(after.byCode.keySet());
    List<Change> changes = new ArrayList<>();
    for (String code : codes) {
      Assigned old = byCode.get(code);
      Assigned now = after.byCode.get(code);
      Long o = old == null ? null : old.department();
      Long n = now == null ? null : now.department();
      if (!Objects.equals(o, n)) {
        changes.add(
            new Change(
                code,
                old == null ? null : old.departmentName(),
                now == null ? null : now.departmentName()));
      }
    }
    return changes;
  }

  List<Assigned> assigned() {
    return List.copyOf(byCode.values());
  }

  boolean isEmpty() {
    return byCode.isEmpty();
  }

  int version() {
    return version;
  }
}
