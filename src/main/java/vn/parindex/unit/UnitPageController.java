package vn.parindex.unit;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.parindex.unit.catalogue.CatalogueImport;

/** The unit tree with its lineage, a form to add a unit, and the 2025 catalogue's import. */
@Controller
class UnitPageController {

  /** The report lists this many unmatched names; the API gives them all. */
  static final int LISTED = 300;

  private final Units units;
  private final UnitRegistry registry;
  private final Messages messages;
  private final UnitVisibility visibility;
  private final UnitAccess access;
  private final CatalogueImport catalogue;

  UnitPageController(
      Units units,
      UnitRegistry registry,
      Messages messages,
      UnitVisibility visibility,
      UnitAccess access,
      CatalogueImport catalogue) {
    this.access = access;
    this.visibility = visibility;
    this.units = units;
    this.registry = registry;
    this.messages = messages;
    this.catalogue = catalogue;
  }

  @GetMapping("/units")
  @Access(UnitAccess.class)
  String page(Model model, HttpServletRequest request) {
    return render(model, request, new UnitCommand(null, null, "COMMUNE", null, null, null));
  }

  @PostMapping("/units")
  @Access(UnitAccess.class)
  String add(@ModelAttribute UnitCommand form, Model model, HttpServletRequest request) {
    access.create(form.parentCode());
    try {
      Unit unit = registry.register(form);
      model.addAttribute("added", unit.name());
      return render(
          model, request, new UnitCommand(null, null, form.type(), form.parentCode(), null, null));
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.problems().stream().map(messages::describe).toList());
      return render(model, request, form);
    }
  }

  /** One click: the official catalogue of 1 July 2025; a second click changes nothing. */
  @PostMapping("/units/catalogue")
  @Access(open = Access.Open.ADMIN)
  String importCatalogue(Model model, HttpServletRequest request) {
    var report = catalogue.run();
    model.addAttribute("report", report);
    model.addAttribute("unmatchedShown", report.unmatched().stream().limit(LISTED).toList());
    return render(model, request, new UnitCommand(null, null, "COMMUNE", null, null, null));
  }

  private String render(Model model, HttpServletRequest request, UnitCommand form) {
    List<Unit> every = units.all();
    Map<Long, Unit> byId = new HashMap<>();
    every.forEach(u -> byId.put(u.id(), u));
    List<Unit> all = visibility.visibleAmong(every);
    model.addAttribute("tree", UnitTree.of(all, units.allLineage(), byId));
    model.addAttribute("all", all);
    model.addAttribute("types", UnitType.values());
    model.addAttribute("form", form);
    if (request.isUserInRole("ADMIN")) {
      int[] size = CatalogueImport.size();
      model.addAttribute("catalogueProvinces", size[0]);
      model.addAttribute("catalogueCommunes", size[1]);
    }
    return "unit/units";
  }
}
