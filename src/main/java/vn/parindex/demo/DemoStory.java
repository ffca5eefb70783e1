package vn.parindex.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.task.EvidenceMeta;
import vn.parindex.task.FileUpload;
import vn.parindex.task.Task;
import vn.parindex.task.TaskAction;
import vn.parindex.task.TaskService;

/**
 * What each demo task has lived through by the day the demo loads: moved through the same rules a
 * user goes through (start, progress, evidence, done, the chairman's verification), each step taken
 * on the day it says, so the board shows a living year: verified, waiting for verification, due
 * soon, overdue and stuck tasks. Same load day, same story.
 */
@Component
class DemoStory {

  /** One step: {@code daysAgo} before the load day. */
  record Step(int daysAgo, TaskAction action, Integer percent, String comment, boolean evidence) {

    static Step start(int daysAgo) {
      return new Step(daysAgo, TaskAction.START, null, null, false);
    }

    static Step progress(int daysAgo, int percent, String comment) {
      return new Step(daysAgo, null, percent, comment, false);
    }

    static Step evidence(int daysAgo, String comment) {
      return new Step(daysAgo, null, 100, comment, true);
    }

    static Step note(int daysAgo, String comment) {
      return new Step(daysAgo, null, null, comment, false);
    }

    static Step complete(int daysAgo) {
      return new Step(daysAgo, TaskAction.COMPLETE, null, null, false);
    }

    static Step verify(int daysAgo) {
      return new Step(
          daysAgo, TaskAction.VERIFY, null, "Đã kiểm tra tài liệu kiểm chứng, đạt yêu cầu.", false);
    }
  }

  /** A task's part in the story: its due date (days from the load day) and its steps. */
  record Part(String name, int dueIn, List<Step> steps) {

    static final List<Part> STORY =
        List.of(
            verified(-20, 75),
            new Part(
                "due-soon",
                5,
                List.of(
                    Step.start(40),
                    Step.progress(20, 30, "Đã xây dựng dự thảo, đang lấy ý kiến."),
                    Step.progress(4, 60, "Đã hoàn thiện dự thảo, chờ trình ký."))),
            done(8, 2),
            verified(20, 60),
            new Part(
                "overdue",
                -6,
                List.of(
                    Step.start(50),
                    Step.progress(10, 40, "Đang chờ số liệu từ các thôn để tổng hợp."))),
            new Part(
                "stuck",
                25,
                List.of(Step.start(60), Step.progress(32, 20, "Đã rà soát hiện trạng."))),
            done(3, 1),
            new Part(
                "due-tomorrow",
                1,
                List.of(
                    Step.start(25),
                    Step.progress(2, 80, "Cơ bản hoàn thành, đang bổ sung hồ sơ."))),
            verified(-40, 90),
            planned(35),
            new Part(
                "overdue",
                -2,
                List.of(Step.start(20), Step.progress(6, 50, "Đã thực hiện được một nửa."))),
            inProgress(40),
            planned(50),
            verified(15, 50));

    /** How many days before the load day the task was started, or null if it was not. */
    Integer startedAgo() {
      return steps.stream()
          .filter(s -> s.action() == TaskAction.START)
          .map(Step::daysAgo)
          .findFirst()
          .orElse(null);
    }

    static Part of(int index) {
      if (index < STORY.size()) {
        return STORY.get(index);
      }
      int k = index - STORY.size();
      return k % 2 == 0 ? inProgress(30 + 7 * k) : planned(45 + 7 * k);
    }

    private static Part verified(int dueIn, int startedAgo) {
      int doneAgo = Math.max(startedAgo / 3, Math.max(-dueIn, 0) + 3);
      return new Part(
          "verified",
          dueIn,
          List.of(
              Step.start(startedAgo),
              Step.progress((startedAgo + doneAgo) / 2, 50, "Đang triển khai theo kế hoạch."),
              Step.evidence(doneAgo + 1, "Hoàn thành, gửi kèm tài liệu kiểm chứng."),
              Step.complete(doneAgo),
              Step.verify(doneAgo - 2)));
    }

    private static Part done(int dueIn, int doneAgo) {
      return new Part(
          "done",
          dueIn,
          List.of(
              Step.start(30 + doneAgo),
              Step.progress(15, 70, "Đang hoàn thiện."),
              Step.evidence(doneAgo, "Hoàn thành, gửi kèm tài liệu kiểm chứng."),
              Step.complete(doneAgo)));
    }

    private static Part inProgress(int dueIn) {
      return new Part(
          "in-progress",
          dueIn,
          List.of(Step.start(15), Step.progress(6, 30, "Đang triển khai theo kế hoạch.")));
    }

    private static Part planned(int dueIn) {
      return new Part(
          "planned",
          dueIn,
          List.of(Step.note(5, "Đã phân công, dự kiến triển khai trong tháng tới.")));
    }
  }

  /** When the plan was turned into tasks: before any task's first step. */
  static final int CREATED_DAYS_AGO = 100;

  private final TaskService service;

  DemoStory(TaskService service) {
    this.service = service;
  }

  /** {@code daysAgo} days before the load day at that time on the server's wall clock. */
  static Instant moment(LocalDate today, int daysAgo, LocalTime time) {
    LocalDateTime at = today.minusDays(daysAgo).atTime(time);
    return at.atZone(ZoneId.systemDefault()).toInstant();
  }

  /** Plays the part: each step by the officer (the chairman verifies) at the step's own moment. */
  void play(Task task, Part part, LocalDate today, CurrentUser officer, CurrentUser leader) {
    long id = task.id();
    int hour = 9;
    for (Step step : part.steps()) {
      Instant at = moment(today, step.daysAgo(), LocalTime.of(hour++, 30));
      if (step.action() == TaskAction.VERIFY) {
        service.act(new Actor(leader, at), id, TaskAction.VERIFY, step.comment());
      } else if (step.action() != null) {
        service.act(new Actor(officer, at), id, step.action(), step.comment());
      } else {
        LocalDate day = today.minusDays(step.daysAgo());
        List<FileUpload> files =
            step.evidence()
                ? List.of(
                    new FileUpload(
                        "kiem-chung-" + id + ".pdf",
                        DemoPdf.evidence(id),
                        new EvidenceMeta(
                            id + "/BC-UBND",
                            day,
                            "UBND xã Vĩnh Chấp",
                            "Báo cáo kết quả thực hiện (dữ liệu minh họa)")))
                : List.of();
        service.postUpdate(new Actor(officer, at), id, step.percent(), step.comment(), files);
      }
    }
  }
}
