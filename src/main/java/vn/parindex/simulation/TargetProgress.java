package vn.parindex.simulation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.dossier.IndicatorCode;
import vn.parindex.dossier.IndicatorFigure;

/**
 * The progress of a target's task, read from its live indicator for the unit over the year to date:
 * nobody types it. Each reading that moved is kept (when the task is viewed, and every hour by
 * {@link #hourly}), so the task shows its history: 93 % → 97 % → 100 %.
 */
@Service
public class TargetProgress {

  /**
   * The indicator followed ({@code indicator} null for a target without one), the target rate, the
   * figure now and the rates it went through, oldest first.
   */
  public record Progress(
      String indicator,
      BigDecimal target,
      IndicatorFigure now,
      List<BigDecimal> history,
      LocalDate from,
      LocalDate to) {

    public boolean reached() {
      return now != null && now.rate().map(r -> r.compareTo(target) >= 0).orElse(false);
    }
  }

  private final TargetStore store;
  private final LiveFigures live;
  private final Clock clock;

  TargetProgress(TargetStore store, LiveFigures live, Clock clock) {
    this.store = store;
    this.live = live;
    this.clock = clock;
  }

  /** The progress of the task's target, recording the figure if it moved; empty without one. */
  @Transactional
  public Optional<Progress> of(long taskId) {
    Optional<TargetStore.Target> target = store.find(taskId);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    TargetStore.Target t = target.get();
    LocalDate today = live.today();
    LocalDate from = LocalDate.of(today.getYear(), 1, 1);
    IndicatorFigure now = null;
    if (t.indicator() != null) {
      now = read(t).orElse(null);
    }
    List<BigDecimal> history =
        store.readings(taskId).stream()
            .filter(r -> r.denominator() > 0)
            .map(
                r ->
                    new IndicatorFigure(
                        IndicatorCode.valueOf(t.indicator()), r.numerator(), r.denominator()))
            .map(f -> f.rate().orElseThrow())
            .toList();
    return Optional.of(new Progress(t.indicator(), t.rate(), now, history, from, today));
  }

  /** Every hour, each followed indicator is read, so the history moves without a view. */
  @Scheduled(cron = "0 0 * * * *", zone = "Asia/Ho_Chi_Minh")
  @Transactional
  public void hourly() {
    store.following().forEach(this::read);
  }

  private Optional<IndicatorFigure> read(TargetStore.Target t) {
    Optional<IndicatorFigure> figure =
        live.of(t.unitId(), live.today().getYear(), IndicatorCode.valueOf(t.indicator()));
    figure.ifPresent(
        f ->
            store.record(t.taskId(), f, LocalDateTime.now(clock.withZone(ZoneId.systemDefault()))));
    return figure;
  }
}
