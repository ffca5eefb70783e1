package vn.parindex.simulation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.parindex.account.Access;
import vn.parindex.simulation.TargetProgress;
import vn.parindex.task.TaskAccess;
import vn.parindex.task.TaskService;

/**
 * A target task's live progress: drawn into the task page (which asks for it when it loads), or as
 * a page of its own without a script. Whoever may see the task sees it.
 */
@Controller
@Access(TaskAccess.class)
class TargetProgressPages {

  private final TaskService tasks;
  private final TaskAccess access;
  private final TargetProgress progress;

  TargetProgressPages(TaskService tasks, TaskAccess access, TargetProgress progress) {
    this.tasks = tasks;
    this.access = access;
    this.progress = progress;
  }

  @GetMapping("/tasks/{id}/target")
  String show(
      @PathVariable long id,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    tasks.get(access.user(), id);
    model.addAttribute("taskId", id);
    model.addAttribute("progress", progress.of(id).orElse(null));
    return htmx == null ? "simulation/web/targetPage" : "simulation/web/target";
  }
}
