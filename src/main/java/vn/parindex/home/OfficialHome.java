package vn.parindex.home;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.page.Times;
import vn.parindex.task.TaskService;
import vn.parindex.task.TaskStatus;

/** The department official's block: their tasks not yet verified, by due date. */
@Component
class OfficialHome {

  private final TaskService tasks;

  OfficialHome(TaskService tasks) {
    this.tasks = tasks;
  }

  List<Section> sections(CurrentUser user, LocalDate today) {
    List<Section.Item> mine =
        tasks.mine(user).stream()
            .filter(t -> t.status() != TaskStatus.VERIFIED && t.status() != TaskStatus.CANCELLED)
            .map(
                t ->
                    new Section.Item(
                        Label.of(t.title()),
                        "/tasks/" + t.id(),
                        Label.key(
                            "home.task.mine",
                            Times.date(t.dueOn()),
                            Label.key("task.status." + t.status().name()),
                            t.progress()),
                        t.overdue(today)))
            .toList();
    return List.of(
        Section.of(
            "mine",
            "home.official.mine",
            "home.official.mine.none",
            mine,
            new Section.Link("home.action.mine", "/tasks/mine")));
  }
}
