package vn.parindex.simulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.parindex.account.Actor;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.dossier.IndicatorCode;
import vn.parindex.input.ConflictException;
import vn.parindex.input.DecimalText;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanService;
import vn.parindex.task.PlanTasks;
import vn.parindex.task.TaskProposal;

/**
 * A chosen target becomes, in one action, a line of the assessment's current plan (drafted first if
 * it has none) and that line's own task, which follows the leaf's live indicator. Each step finds
 * what a second click, a retry or another person already made and answers with it: a line is never
 * added twice, a line never gets a second task of its own.
 */
@Service
public class Targets {

  /** What the action made or found: the plan, its line, the line's task. */
  public record Made(long planId, String lineKey, int linePosition, long taskId, boolean created) {}

  private final Gains gains;
  private final PlanService plans;
  private final PlanTasks planTasks;
  private final Assessments assessments;
  private final TargetStore store;
  private final Messages messages;
  private final Clock clock;

  Targets(
      Gains gains,
      PlanService plans,
      PlanTasks planTasks,
      Assessments assessments,
      TargetStore store,
      Messages messages,
      Clock clock) {
    this.clock = clock;
    this.gains = gains;
    this.plans = plans;
    this.planTasks = planTasks;
    this.assessments = assessments;
    this.store = store;
    this.messages = messages;
  }

  /**
   * The plan line and task for the leaf {@code code}; {@code indicator} is the live indicator the
   * task follows when the leaf declares none, {@code departmentId} who carries it out (else the
   * department the line names, else the one acting).
   */
  public Made choose(
      Actor by, long assessmentId, String code, String indicator, Long departmentId) {
    Assessment assessment =
        assessments
            .findById(assessmentId)
            .orElseThrow(() -> new NotFoundException("assessment.notfound", assessmentId));
    Gain gain =
        gains
            .of(assessmentId, code == null ? "" : code.strip())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        InputProblem.of(1, "code", "dossier.target.code.notLost", code)));
    String followed = indicator(gain, indicator);
    Plan plan = planOf(by, assessmentId);
    PlanLine line = lineOf(by, plan, gain);
    Optional<Long> existing = ownTask(by, plan.id(), line.key());
    long taskId;
    boolean created = false;
    if (existing.isPresent()) {
      taskId = existing.get();
    } else {
      taskId = createTask(by, plan, line, gain, departmentId);
      created = true;
    }
    store.link(
        new TargetStore.Target(
            taskId,
            assessmentId,
            gain.code(),
            assessment.unitId(),
            followed,
            gain.targetRate() == null ? LeafPoints.HUNDRED : gain.targetRate(),
            by.stored()));
    return new Made(plan.id(), line.key(), line.position(), taskId, created);
  }

  private static String indicator(Gain gain, String asked) {
    if (gain.indicator() != null) {
      return gain.indicator();
    }
    if (asked == null || asked.isBlank()) {
      return null;
    }
    try {
      return IndicatorCode.valueOf(asked.strip()).name();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          InputProblem.of(1, "indicator", "dossier.target.indicator.unknown", asked));
    }
  }

  private Plan planOf(Actor by, long assessmentId) {
    Optional<Long> current = plans.currentOf(assessmentId).map(c -> c.id());
    if (current.isPresent()) {
      return plans.get(current.get());
    }
    try {
      return plans.draft(by, assessmentId);
    } catch (ConflictException e) {
      // drafted by the other click meanwhile
      return plans.get(plans.currentOf(assessmentId).orElseThrow(() -> e).id());
    }
  }

  private PlanLine lineOf(Actor by, Plan plan, Gain gain) {
    for (int attempt = 0; ; attempt++) {
      Optional<PlanLine> found = find(plan, gain.code());
      if (found.isPresent()) {
        return found.get();
      }
      plan.addLine(
          new PlanLine(
              0, false, gain.code(), gain.name(), null, null, null, title(gain), null, null, null));
      try {
        return find(plans.save(by, plan), gain.code()).orElseThrow();
      } catch (ConflictException e) {
        if (attempt > 0) {
          throw e;
        }
        plan = plans.get(plan.id());
      }
    }
  }

  private static Optional<PlanLine> find(Plan plan, String code) {
    return plan.lines().stream().filter(l -> !l.area() && code.equals(l.code())).findFirst();
  }

  private Optional<Long> ownTask(Actor by, long planId, String lineKey) {
    return planTasks.proposals(by.user(), planId).stream()
        .filter(p -> lineKey.equals(p.lineKey()) && p.hasTasks())
        .map(p -> p.tasks().get(0))
        .map(TaskProposal.LineTask::id)
        .findFirst();
  }

  private long createTask(Actor by, Plan plan, PlanLine line, Gain gain, Long departmentId) {
    Long owner = departmentId == null && line.responsible() == null ? by.id() : null;
    PlanTasks.Choice choice =
        new PlanTasks.Choice(
            title(gain),
            gain.code(),
            departmentId,
            owner,
            null,
            due(plan.year(), line.deadline()),
            null,
            line.key(),
            false);
    try {
      return planTasks.create(by, plan.id(), List.of(choice)).get(0).id();
    } catch (ConflictException e) {
      return ownTask(by, plan.id(), line.key()).orElseThrow(() -> e);
    }
  }

  /** The line's deadline, else 15/11 of the plan's year; never a day past (then 30 days on). */
  private LocalDate due(int year, LocalDate deadline) {
    LocalDate today = LocalDate.now(clock);
    if (deadline != null && !deadline.isBefore(today)) {
      return deadline;
    }
    LocalDate yearEnd = LocalDate.of(year, 11, 15);
    return yearEnd.isBefore(today) ? today.plusDays(30) : yearEnd;
  }

  /** "Đạt 100 % Tỷ lệ hồ sơ thanh toán trực tuyến", or "Khắc phục 1.1 Báo cáo CCHC". */
  String title(Gain gain) {
    if (gain.kind() == Gain.Kind.RATE && gain.targetRate() != null) {
      return messages.get(
          "dossier.target.title.rate",
          DecimalText.percent(gain.targetRate(), java.util.Locale.forLanguageTag("vi")),
          gain.name());
    }
    return messages.get("dossier.target.title", gain.code(), gain.name());
  }
}
