package vn.parindex.framework;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Rows of the {@code obligation} table, which holds a criteria set's obligations ({@code set_id}),
 * the defaults every unit has and a unit's own: one reading of them for both.
 */
final class ObligationRows {

  static final String COLUMNS =
      "id, unit_id, criterion_code, title, kind, from_md, to_md, times_per_year, within_days,"
          + " responsible, department_id";

  /** The values in the order of {@link #values}. */
  static final String INSERT =
      "insert into obligation (set_id, unit_id, criterion_code, title, kind, from_md, to_md,"
          + " times_per_year, within_days, responsible, department_id, position)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private ObligationRows() {}

  /** An obligation of a set ({@code setId}), of a unit ({@code unitId}) or a default (neither). */
  static Object[] values(Long setId, Long unitId, Obligation o, int position) {
    return new Object[] {
      setId,
      unitId,
      o.criterionCode(),
      o.title(),
      o.kind().name(),
      Obligation.format(o.from()),
      Obligation.format(o.to()),
      o.timesPerYear(),
      o.withinDays(),
      o.responsible(),
      o.departmentId(),
      position
    };
  }

  static Obligation map(ResultSet rs, int n) throws SQLException {
    return new Obligation(
        rs.getLong("id"),
        (Long) rs.getObject("unit_id", Long.class),
        rs.getString("criterion_code"),
        rs.getString("title"),
        ObligationKind.valueOf(rs.getString("kind")),
        Obligation.parseMonthDay(rs.getString("from_md")),
        Obligation.parseMonthDay(rs.getString("to_md")),
        rs.getObject("times_per_year", Integer.class),
        rs.getObject("within_days", Integer.class),
        rs.getString("responsible"),
        rs.getObject("department_id", Long.class));
  }
}
