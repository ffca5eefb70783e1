package vn.parindex.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.input.ConflictException;
import vn.parindex.plan.PlanReplaced;

/**
 * Which task stands for which plan line. A line has one task of its own (line_mark 1) and any
 * number the officer deliberately split off (line_mark null); the unique index on (plan, line,
 * mark) refuses a second click or a second person making a line's own task twice.
 */
@Repository
class PlanLineTasks {

  private final JdbcClient jdbc;

  PlanLineTasks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The tasks of each line key of a plan, oldest first. */
  Map<String, List<TaskProposal.LineTask>> byLine(long planId) {
    Map<String, List<TaskProposal.LineTask>> out = new LinkedHashMap<>();
    jdbc.sql(
            "select plan_line_key, id, title, status from task"
                + " where plan_id = ? and plan_line_key is not null order by id")
        .param(planId)
        .query(
            (rs, n) -> {
              out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(
                      new TaskProposal.LineTask(
                          rs.getLong(2), rs.getString(3), TaskStatus.valueOf(rs.getString(4))));
              return null;
            })
        .list();
    return out;
  }

  /** Ties a new task to its plan line; 409 when the line got its own task meanwhile. */
  void link(long taskId, String lineKey, boolean split, int row) {
    try {
      jdbc.sql("update task set plan_line_key = ?, line_mark = ? where id = ?")
          .params(lineKey, split ? null : 1, taskId)
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException(null, List.of(), "task.fromPlan.concurrent", row);
    }
  }

  /** A re-drafted plan takes over the old version's tasks (its lines kept their keys). */
  @EventListener
  void planReplaced(PlanReplaced event) {
    jdbc.sql("update task set plan_id = ? where plan_id = ?")
        .params(event.newPlanId(), event.oldPlanId())
        .update();
  }
}
