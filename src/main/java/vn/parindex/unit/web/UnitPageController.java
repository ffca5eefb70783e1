package vn.parindex.unit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.parindex.account.Access;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitAccess;
import vn.parindex.unit.UnitCommand;
import vn.parindex.unit.UnitRegistry;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.UnitVisibility;
import vn.parindex.unit.Units;
import vn.parindex.unit.catalogue.CatalogueImport;

/**
 * The unit tree with its lineage, a form to add a unit (refused: back as typed, each message beside
 * its field, nothing stored), and the 2025 catalogue's import.
 */
@Controller
class UnitPageController {

  /** The report lists this many unmatched names; the API gives them all. */
  static final int LISTED = 300;

  /** The add form before anything is typed: most units added are communes. */
  private static final Form NEW = Form.empty().with("type", UnitType.COMMUNE.name());

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
    return render(model, request, NEW);
  }

  @PostMapping("/units")
  @Access(UnitAccess.class)
  String add(
      @ModelAttribute UnitCommand command,
      BindingResult binding,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    access.create(command.parentCode());
    Form typed = Form.of(request.getParameterMap());
    if (binding.hasErrors()) {
      // only the dates can fail to bind; the registry reads everything else as text
      for (FieldError wrong : binding.getFieldErrors()) {
        typed = typed.withError(wrong.getField(), messages.get("unit.date.invalid"));
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return render(model, request, typed);
    }
    try {
      Unit unit = registry.register(command);
      model.addAttribute("added", unit.name());
      // the next unit is often a sibling: same type, same parent
      return render(
          model,
          request,
          Form.empty().with("type", command.type()).with("parentCode", command.parentCode()));
    } catch (InvalidInputException e) {
      for (InputProblem problem : e.problems()) {
        String text = messages.get(problem.messageKey(), problem.args());
        typed =
            problem.column() == null
                ? typed.withErrors(List.of(text))
                : typed.withError(problem.column(), text);
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return render(model, request, typed);
    }
  }

  /** One click: the official catalogue of 1 July 2025; a second click changes nothing. */
  @PostMapping("/units/catalogue")
  @Access(open = Access.Open.ADMIN)
  String importCatalogue(Model model, HttpServletRequest request) {
    var report = catalogue.run();
    model.addAttribute("report", report);
    model.addAttribute("unmatchedShown", report.unmatched().stream().limit(LISTED).toList());
    return render(model, request, NEW);
  }

  private String render(Model model, HttpServletRequest request, Form form) {
    List<Unit> every = units.all();
    Map<Long, Unit> byId = new HashMap<>();
    every.forEach(u -> byId.put(u.id(), u));
    List<Unit> all = visibility.visibleAmong(every);
    model.addAttribute("tree", UnitTree.of(all, units.allLineage(), byId));
    model.addAttribute("all", all);
    model.addAttribute("form", form);
    if (request.isUserInRole("ADMIN")) {
      int[] size = CatalogueImport.size();
      model.addAttribute("catalogueProvinces", size[0]);
      model.addAttribute("catalogueCommunes", size[1]);
    }
    return "unit/web/units";
  }
}
