package vn.parindex.simulation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.dossier.IndicatorFigure;

/**
 * The targets tied to tasks and the readings of their indicators. A reading is added only when the
 * figure moved since the last one; the target's row is locked meanwhile, so two views at once add
 * it once.
 */
@Repository
class TargetStore {

  /** A task's target: the unit whose indicator it follows, towards {@code rate} percent. */
  record Target(
      long taskId,
      long assessmentId,
      String code,
      long unitId,
      String indicator,
      BigDecimal rate,
      LocalDateTime createdAt) {}

  /** One reading of the indicator: numerator over denominator at a moment. */
  record Reading(long numerator, long denominator, LocalDateTime at) {}

  private final JdbcClient jdbc;

  TargetStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Ties the target to its task once; a second time (or two at once) keeps the first. */
  void link(Target t) {
    if (find(t.taskId()).isPresent()) {
      return;
    }
    try {
      jdbc.sql(
              "insert into simulation_target (task_id, assessment_id, criterion_code, unit_id,"
                  + " indicator_code, target_rate, created_at) values (?, ?, ?, ?, ?, ?, ?)")
          .params(
              t.taskId(),
              t.assessmentId(),
              t.code(),
              t.unitId(),
              t.indicator(),
              t.rate(),
              t.createdAt())
          .update();
    } catch (DuplicateKeyException e) {
      // the other click stored the same target
    }
  }

  Optional<Target> find(long taskId) {
    return jdbc.sql(
            "select task_id, assessment_id, criterion_code, unit_id, indicator_code, target_rate,"
                + " created_at from simulation_target where task_id = ?")
        .param(taskId)
        .query(
            (rs, n) ->
                new Target(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getBigDecimal(6),
                    rs.getTimestamp(7).toLocalDateTime()))
        .optional();
  }

  /** Targets that follow an indicator, for the hourly readings. */
  List<Target> following() {
    return jdbc
        .sql("select task_id from simulation_target where indicator_code is not null")
        .query(Long.class)
        .list()
        .stream()
        .map(id -> find(id).orElseThrow())
        .toList();
  }

  List<Reading> readings(long taskId) {
    return jdbc.sql(
            "select numerator, denominator, recorded_at from simulation_target_reading"
                + " where task_id = ? order by seq")
        .param(taskId)
        .query(
            (rs, n) ->
                new Reading(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toLocalDateTime()))
        .list();
  }

  /** Adds the figure as a reading when it differs from the last one; true when added. */
  boolean record(long taskId, IndicatorFigure figure, LocalDateTime at) {
    jdbc.sql("select task_id from simulation_target where task_id = ? for update")
        .param(taskId)
        .query(Long.class)
        .optional();
    List<Reading> before = readings(taskId);
    if (!before.isEmpty()) {
      Reading last = before.get(before.size() - 1);
      if (last.numerator() == figure.numerator() && last.denominator() == figure.denominator()) {
        return false;
      }
    }
    jdbc.sql(
            "insert into simulation_target_reading (task_id, seq, numerator, denominator,"
                + " recorded_at) values (?, ?, ?, ?, ?)")
        .params(taskId, before.size() + 1, figure.numerator(), figure.denominator(), at)
        .update();
    return true;
  }
}
