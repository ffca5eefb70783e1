package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.round.RoundAccess;
import vn.parindex.round.RoundActions;
import vn.parindex.round.RoundSheets;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;

/** The rounds a person may see, opening one, and one round's units with their states. */
@Controller
@Access(RoundAccess.class)
class RoundPages {

  /** A choice of a select: its value and the words shown. */
  record Choice(String value, String label) {}

  private final RoundSheets sheets;
  private final RoundActions actions;
  private final UnitScope scope;
  private final CriteriaSets sets;
  private final Messages messages;
  private final Clock clock;
  private final vn.parindex.round.SurveySheet surveys;
  private final vn.parindex.round.RoundResults results;

  RoundPages(
      RoundSheets sheets,
      RoundActions actions,
      UnitScope scope,
      CriteriaSets sets,
      Messages messages,
      Clock clock,
      vn.parindex.round.SurveySheet surveys,
      vn.parindex.round.RoundResults results) {
    this.surveys = surveys;
    this.results = results;
    this.sheets = sheets;
    this.actions = actions;
    this.scope = scope;
    this.sets = sets;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/rounds")
  String list(Model model) {
    return render(Form.empty(), model);
  }

  @PostMapping("/rounds")
  String open(HttpServletRequest request, HttpServletResponse response, Model model) {
    try {
      long id =
          actions.open(
              PageForms.integer(request, "year"),
              request.getParameter("parent"),
              PageForms.id(request, "framework"),
              new RoundActions.Dates(
                  PageForms.date(request, "selfFrom"),
                  PageForms.date(request, "selfTo"),
                  PageForms.date(request, "round1Due"),
                  PageForms.date(request, "explanationDue"),
                  PageForms.date(request, "round2Due"),
                  PageForms.date(request, "publication")),
              Actor.now(scope.user(), clock));
      return "redirect:/rounds/" + id;
    } catch (InvalidInputException e) {
      return render(PageForms.refused(request, response, e, messages), model);
    } catch (ConflictException e) {
      return render(PageForms.conflict(request, response, e, messages), model);
    }
  }

  @GetMapping("/rounds/{id}")
  String detail(@PathVariable long id, Model model) {
    model.addAttribute("detail", sheets.detail(id));
    model.addAttribute("survey", surveys.block(id));
    model.addAttribute("results", results.of(id));
    return "round/web/round";
  }

  private String render(Form form, Model model) {
    boolean opener = scope.has(Role.ADMIN, Role.APPRAISER);
    model.addAttribute("rounds", sheets.visible());
    model.addAttribute("opener", opener);
    model.addAttribute("parents", opener ? parents() : List.<Choice>of());
    model.addAttribute("sets", opener ? sets() : List.<Choice>of());
    model.addAttribute("form", form);
    return "round/web/rounds";
  }

  /** Units a round can be opened over: those seen that have units under them. */
  private List<Choice> parents() {
    return scope.visibleUnits().stream()
        .filter(u -> u.type() == UnitType.PROVINCE || u.type() == UnitType.DISTRICT)
        .sorted(Comparator.comparing(Unit::name))
        .map(u -> new Choice(u.code(), u.name()))
        .toList();
  }

  private List<Choice> sets() {
    return sets.list().stream()
        .filter(s -> !s.partial())
        .map(s -> new Choice(String.valueOf(s.id()), s.name()))
        .toList();
  }
}
