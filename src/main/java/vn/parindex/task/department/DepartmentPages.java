package vn.parindex.task.department;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.page.Form;
import vn.parindex.task.Officials;
import vn.parindex.task.TaskAccess;
import vn.parindex.unit.Department;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

/** A unit's departments and officials: list, add, rename, deactivate; add officials. */
@Controller
@Access(DepartmentAccess.class)
class DepartmentPages implements DepartmentPagesMarker {

  private final Departments departments;
  private final Officials officials;
  private final DepartmentAccess guard;
  private final Units units;
  private final Messages messages;

  DepartmentPages(
      Departments departments,
      Officials officials,
      DepartmentAccess guard,
      Units units,
      Messages messages) {
    this.departments = departments;
    this.officials = officials;
    this.guard = guard;
    this.units = units;
    this.messages = messages;
  }

  // The page's three forms (its template's parameters), each shown again as typed when refused.
  private static final String ADDING = "adding";
  private static final String RENAMING = "renaming";
  private static final String OFFICIAL = "official";

  @GetMapping("/units/{id}/departments")
  String list(@PathVariable long id, Model model) {
    guard.read(id);
    return render(id, model);
  }

  @PostMapping("/units/{id}/departments")
  String add(
      @PathVariable long id,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String kind,
      Model model,
      HttpServletRequest request) {
    guard.write(id);
    return attempt(id, model, ADDING, typed(request), () -> departments.add(id, name, kind));
  }

  @PostMapping("/units/{id}/departments/standard")
  String addStandard(@PathVariable long id) {
    guard.write(id);
    departments.addStandard(id);
    return "redirect:/units/" + id + "/departments";
  }

  @PostMapping("/units/{id}/departments/{dep}/rename")
  String rename(
      @PathVariable long id,
      @PathVariable long dep,
      @RequestParam String name,
      Model model,
      HttpServletRequest request) {
    guard.write(id);
    Department d = department(id, dep);
    Form typed = typed(request).with("department", dep);
    return attempt(id, model, RENAMING, typed, () -> departments.rename(d, name));
  }

  @PostMapping("/units/{id}/departments/{dep}/active")
  String active(@PathVariable long id, @PathVariable long dep, @RequestParam boolean active) {
    guard.write(id);
    departments.setActive(department(id, dep).id(), active);
    return "redirect:/units/" + id + "/departments";
  }

  @PostMapping("/units/{id}/officials")
  String addOfficial(
      @PathVariable long id,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String position,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) Long department,
      Model model,
      HttpServletRequest request) {
    guard.write(id);
    if (department != null) {
      department(id, department);
    }
    return attempt(
        id,
        model,
        OFFICIAL,
        typed(request),
        () -> officials.add(id, name, position, email, department));
  }

  private Department department(long unitId, long id) {
    return departments
        .findById(id)
        .filter(d -> d.unitId() == unitId)
        .orElseThrow(() -> new NotFoundException("department.notFound", id));
  }

  /**
   * Makes the change, or shows the page again with the refused form as typed: each message beside
   * its field and, above the page, naming the field by its label.
   */
  private String attempt(long id, Model model, String form, Form typed, Runnable change) {
    try {
      change.run();
    } catch (InvalidInputException e) {
      Form refused = typed;
      for (InputProblem p : e.problems()) {
        if (p.column() != null) {
          refused = refused.withError(p.column(), messages.get(p.messageKey(), p.args()));
        }
      }
      model.addAttribute(
          form, refused.withErrors(e.problems().stream().map(messages::describe).toList()));
      return render(id, model);
    }
    return "redirect:/units/" + id + "/departments";
  }

  private static Form typed(HttpServletRequest request) {
    return Form.of(request.getParameterMap());
  }

  private String render(long id, Model model) {
    model.addAttribute(
        "unit", units.findById(id).orElseThrow(() -> new NotFoundException("unit.notfound", id)));
    model.addAttribute("departments", departments.ofUnit(id));
    model.addAttribute("officials", officials.ofUnit(id));
    model.addAttribute("canEdit", TaskAccess.manager(guard.user()));
    return "task/department/list";
  }
}
