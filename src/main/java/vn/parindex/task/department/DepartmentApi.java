package vn.parindex.task.department;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Department;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/** A unit's departments for scripts. */
@RestController
@Access(DepartmentAccess.class)
class DepartmentApi {

  /** A new department. */
  record NewDepartment(String name, String kind) {}

  private final Departments departments;
  private final Units units;
  private final DepartmentAccess guard;

  DepartmentApi(Departments departments, Units units, DepartmentAccess guard) {
    this.departments = departments;
    this.units = units;
    this.guard = guard;
  }

  @GetMapping("/api/v1/units/{code}/departments")
  List<Department> list(@PathVariable String code) {
    Unit unit = unit(code);
    guard.read(unit.id());
    return departments.ofUnit(unit.id());
  }

  @PostMapping("/api/v1/units/{code}/departments")
  @ResponseStatus(HttpStatus.CREATED)
  Department add(@PathVariable String code, @RequestBody NewDepartment body) {
    Unit unit = unit(code);
    guard.write(unit.id());
    return departments.add(unit.id(), body.name(), body.kind());
  }

  private Unit unit(String code) {
    return units.findByCode(code).orElseThrow(() -> new NotFoundException("unit.notfound", code));
  }
}
