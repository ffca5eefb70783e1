package vn.parindex.round;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.framework.Criterion;
import vn.parindex.input.VersionRequiredException;
import vn.parindex.unit.Unit;

/**
 * Who fills (the unit's departments) and who appraises (the parent's departments) which criterion
 * of a round. A write takes a JSON list of {@code {code, department}} (the department's id or its
 * name) with the version it was read at: {@code {"version": 2, "assignments": [...]}}, or the bare
 * list with {@code If-Match: "2"}. It replaces the whole list: a code left out is unassigned.
 */
@RestController
@RequestMapping("/api/v1/rounds/{id}")
@Access(RoundAccess.class)
class AssignmentApi {

  record AssignedView(String code, long department, String departmentName) {}

  record DepartmentView(long id, String name) {}

  /** The assignments as stored, every department that may take one, and who answers per leaf. */
  record AssignmentsView(
      int version,
      List<AssignedView> assignments,
      List<DepartmentView> departments,
      List<AssignedView> leaves) {}

  private final RoundLoader loader;
  private final CriterionAssignments assignments;
  private final Rounds rounds;
  private final RoundAccess access;
  private final Clock clock;

  AssignmentApi(
      RoundLoader loader,
      CriterionAssignments assignments,
      Rounds rounds,
      RoundAccess access,
      Clock clock) {
    this.loader = loader;
    this.assignments = assignments;
    this.rounds = rounds;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/units/{unit}/assignments")
  ResponseEntity<AssignmentsView> fillers(
      @PathVariable long id, @PathVariable("unit") String unitCode) {
    Unit unit = loader.unit(unitCode);
    access.checkRead(unit.id());
    Round round = loader.round(id);
    RoundUnit row = assignments.roundUnit(id, unit);
    return view(round, assignments.fillers(row.id()), unit.id());
  }

  @PutMapping("/units/{unit}/assignments")
  ResponseEntity<AssignmentsView> assignFillers(
      @PathVariable long id,
      @PathVariable("unit") String unitCode,
      @RequestBody JsonNode body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    Unit unit = loader.unit(unitCode);
    access.checkAssignFillers(unit.id());
    Round round = loader.round(id);
    Assignments saved =
        assignments.assignFillers(id, unit, lines(body), version(body, ifMatch), by());
    return view(round, saved, unit.id());
  }

  @GetMapping("/appraisers")
  ResponseEntity<AssignmentsView> appraisers(@PathVariable long id) {
    Round round = loader.round(id);
    access.visible(round, rounds.units(id));
    return view(round, assignments.appraisers(id), round.parentUnitId());
  }

  @PutMapping("/appraisers")
  ResponseEntity<AssignmentsView> assignAppraisers(
      @PathVariable long id,
      @RequestBody JsonNode body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    Round round = loader.round(id);
    access.checkAssignAppraisers(round);
    Assignments saved = assignments.assignAppraisers(id, lines(body), version(body, ifMatch), by());
    return view(round, saved, round.parentUnitId());
  }

  private ResponseEntity<AssignmentsView> view(Round round, Assignments a, long departmentsOf) {
    List<AssignedView> leaves = new ArrayList<>();
    for (Criterion leaf : loader.set(round).leaves()) {
      a.of(leaf.code().value())
          .ifPresent(
              x ->
                  leaves.add(
                      new AssignedView(leaf.code().value(), x.department(), x.departmentName())));
    }
    List<DepartmentView> departments = new ArrayList<>();
    for (Map.Entry<Long, String> d : assignments.active(departmentsOf).entrySet()) {
      departments.add(new DepartmentView(d.getKey(), d.getValue()));
    }
    List<AssignedView> stored =
        a.assigned().stream()
            .map(x -> new AssignedView(x.code(), x.department(), x.departmentName()))
            .toList();
    return ResponseEntity.ok()
        .eTag(String.valueOf(a.version()))
        .body(new AssignmentsView(a.version(), stored, departments, leaves));
  }

  /** The lines of the body: the list itself, or its {@code assignments}; anything else 422. */
  static List<Assignments.Line> lines(JsonNode body) {
    JsonNode list = body != null && body.isObject() ? body.get("assignments") : body;
    if (list == null || !list.isArray()) {
      throw Refusal.field("assignments", "assign.list");
    }
    List<Assignments.Line> lines = new ArrayList<>();
    for (JsonNode item : list) {
      if (!item.isObject()) {
        throw Refusal.field("assignments", "assign.list");
      }
      lines.add(new Assignments.Line(text(item.get("code")), text(item.get("department"))));
    }
    return lines;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }

  /** The body's version, else If-Match's; neither: 428, nothing stored. */
  private static Integer version(JsonNode body, String ifMatch) {
    JsonNode v = body != null && body.isObject() ? body.get("version") : null;
    if (v != null && v.isIntegralNumber()) {
      return v.asInt();
    }
    return VersionRequiredException.parse(ifMatch);
  }

  private Actor by() {
    return Actor.now(access.user(), clock);
  }
}
