package vn.parindex.task.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.task.Supervisions;
import vn.parindex.task.TaskAccess;

/** The Fatherland Front's supervisions of a unit; recommendations become tasks in one click. */
@Controller
@Access(TaskAccess.class)
class SupervisionPages {

  private final Supervisions supervisions;
  private final TaskAccess access;
  private final Messages messages;
  private final Clock clock;

  SupervisionPages(Supervisions supervisions, TaskAccess access, Messages messages, Clock clock) {
    this.clock = clock;
    this.supervisions = supervisions;
    this.access = access;
    this.messages = messages;
  }

  @GetMapping("/supervisions")
  String list(@RequestParam(required = false) Long unit, Model model) {
    return render(unit == null ? access.user().unitId() : unit, List.of(), model);
  }

  @PostMapping("/supervisions")
  String record(
      @RequestParam long unit,
      @RequestParam(required = false) Long plan,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate heldOn,
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) String findings,
      @RequestParam(required = false) String recommendations,
      Model model) {
    try {
      supervisions.record(access.actor(), unit, plan, heldOn, scope, findings, recommendations);
    } catch (InvalidInputException e) {
      return render(unit, e.problems().stream().map(messages::describe).toList(), model);
    }
    return "redirect:/supervisions?unit=" + unit;
  }

  @PostMapping("/supervisions/recommendations/{id}/task")
  String toTask(@PathVariable long id) {
    return "redirect:/tasks/" + supervisions.toTask(access.actor(), id, 30);
  }

  private String render(long unitId, List<String> errors, Model model) {
    model.addAttribute("unitId", unitId);
    List<Supervisions.PlanChoice> plans = supervisions.plansOf(access.user(), unitId);
    model.addAttribute("supervisions", supervisions.ofUnit(access.user(), unitId));
    model.addAttribute("plans", plans);
    model.addAttribute(
        "planTitles",
        plans.stream()
            .collect(
                Collectors.toMap(
                    Supervisions.PlanChoice::id, p -> p, (a, b) -> a, LinkedHashMap::new)));
    model.addAttribute("newestPlan", plans.isEmpty() ? null : plans.get(0).id());
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(clock));
    return "task/supervisions";
  }
}
