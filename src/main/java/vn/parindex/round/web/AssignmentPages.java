package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.account.UnitScope;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.VersionRequiredException;
import vn.parindex.page.Form;
import vn.parindex.round.RoundAccess;
import vn.parindex.round.RoundAssignments;

/**
 * Who fills which criterion of a unit (its PAR officer chooses a department per criterion or area)
 * and who appraises which criterion of a round (its opener chooses a department of the parent). A
 * refused save shows the board again with the choices as made and the reason above it.
 */
@Controller
@Access(RoundAccess.class)
class AssignmentPages {

  /** Each select is named "d_" + the criterion's code. */
  private static final String PREFIX = "d_";

  private final RoundAssignments assignments;
  private final UnitScope scope;
  private final Messages messages;
  private final Clock clock;

  AssignmentPages(RoundAssignments assignments, UnitScope scope, Messages messages, Clock clock) {
    this.assignments = assignments;
    this.scope = scope;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/rounds/{id}/units/{unit}/assignments")
  String fillers(
      @PathVariable long id,
      @PathVariable String unit,
      @RequestParam(required = false) String saved,
      Model model) {
    model.addAttribute("saved", saved != null);
    return render(assignments.fillers(id, unit), Form.empty(), model);
  }

  @PostMapping("/rounds/{id}/units/{unit}/assignments")
  String saveFillers(
      @PathVariable long id,
      @PathVariable String unit,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      assignments.saveFillers(id, unit, chosen(request), version(request), by());
      return "redirect:/rounds/" + id + "/units/" + unit + "/assignments?saved";
    } catch (InvalidInputException e) {
      return render(
          assignments.fillers(id, unit), PageForms.refused(request, response, e, messages), model);
    } catch (ConflictException e) {
      return render(
          assignments.fillers(id, unit), PageForms.conflict(request, response, e, messages), model);
    }
  }

  @GetMapping("/rounds/{id}/appraisers")
  String appraisers(
      @PathVariable long id, @RequestParam(required = false) String saved, Model model) {
    model.addAttribute("saved", saved != null);
    return render(assignments.appraisers(id), Form.empty(), model);
  }

  @PostMapping("/rounds/{id}/appraisers")
  String saveAppraisers(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      assignments.saveAppraisers(id, chosen(request), version(request), by());
      return "redirect:/rounds/" + id + "/appraisers?saved";
    } catch (InvalidInputException e) {
      return render(
          assignments.appraisers(id), PageForms.refused(request, response, e, messages), model);
    } catch (ConflictException e) {
      return render(
          assignments.appraisers(id), PageForms.conflict(request, response, e, messages), model);
    }
  }

  private String render(RoundAssignments.Board board, Form form, Model model) {
    model.addAttribute("board", board);
    model.addAttribute("form", form);
    return "round/web/assign";
  }

  /** The department chosen per code, in the order of the form. */
  private static Map<String, String> chosen(HttpServletRequest request) {
    Map<String, String> chosen = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (name.startsWith(PREFIX) && values.length > 0) {
                chosen.put(name.substring(PREFIX.length()), values[0]);
              }
            });
    return chosen;
  }

  private static Integer version(HttpServletRequest request) {
    return VersionRequiredException.parse(request.getParameter("version"));
  }

  private Actor by() {
    return Actor.now(scope.user(), clock);
  }
}
