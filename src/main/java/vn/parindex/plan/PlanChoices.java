package vn.parindex.plan;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A unit's plans as other features offer them in a form (a supervision's plan), in one query. */
@Repository
public class PlanChoices {

  /** A plan by its year and title. */
  public record Choice(long id, int year, String title) {}

  private final JdbcClient jdbc;

  PlanChoices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The unit's plans, every version, newest first. */
  public List<Choice> ofUnit(long unitId) {
    return jdbc.sql(
            "select id, plan_year, title from plan where unit_id = ?"
                + " order by plan_year desc, id desc")
        .param(unitId)
        .query((rs, n) -> new Choice(rs.getLong(1), rs.getInt(2), rs.getString(3)))
        .list();
  }
}
