package vn.parindex.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.parindex.account.Access;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;

/** The unit tree with its lineage, and a form to add a unit. */
@Controller
class UnitPageController {

  private final Units units;
  private final UnitRegistry registry;
  private final Messages messages;
  private final UnitVisibility visibility;
  private final UnitAccess access;

  UnitPageController(
      Units units,
      UnitRegistry registry,
      Messages messages,
      UnitVisibility visibility,
      UnitAccess access) {
    this.access = access;
    this.visibility = visibility;
    this.units = units;
    this.registry = registry;
    this.messages = messages;
  }

  /** A unit at its depth in the tree, with its lineage. */
  record TreeLine(int depth, UnitView unit) {}

  @GetMapping("/units")
  @Access(UnitAccess.class)
  String page(Model model) {
    return render(model, new UnitCommand(null, null, "COMMUNE", null, null, null));
  }

  @PostMapping("/units")
  @Access(UnitAccess.class)
  String add(@ModelAttribute UnitCommand form, Model model) {
    access.create(form.parentCode());
    try {
      Unit unit = registry.register(form);
      model.addAttribute("added", unit.name());
      return render(model, new UnitCommand(null, null, form.type(), form.parentCode(), null, null));
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.problems().stream().map(messages::describe).toList());
      return render(model, form);
    }
  }

  private String render(Model model, UnitCommand form) {
    List<Unit> all = units.all().stream().filter(u -> visibility.canSee(u.id())).toList();
    Map<Long, List<Unit>> byParent = new HashMap<>();
    all.forEach(u -> byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
    List<TreeLine> lines = new ArrayList<>();
    java.util.Set<Long> shown = new java.util.HashSet<>();
    all.forEach(u -> shown.add(u.id()));
    for (Unit top : all) {
      if (top.parentId() == null || !shown.contains(top.parentId())) {
        lines.add(new TreeLine(0, registry.view(top)));
        walk(byParent, top.id(), 1, lines);
      }
    }
    model.addAttribute("lines", lines);
    model.addAttribute("all", all);
    model.addAttribute("types", UnitType.values());
    model.addAttribute("form", form);
    return "unit/units";
  }

  private void walk(Map<Long, List<Unit>> byParent, Long parent, int depth, List<TreeLine> out) {
    for (Unit u : byParent.getOrDefault(parent, List.of())) {
      out.add(new TreeLine(depth, registry.view(u)));
      walk(byParent, u.id(), depth + 1, out);
    }
  }
}
