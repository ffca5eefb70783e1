package vn.parindex.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/** The departments of units: the unit feature's public API for tasks and dashboards. */
@Repository
public class Departments {

  private final JdbcClient jdbc;

  Departments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Department> ofUnit(long unitId) {
    return jdbc.sql(
            "select id, unit_id, name, kind, active from department where unit_id = ?"
                + " order by active desc, name")
        .param(unitId)
        .query(
            (rs, n) ->
                new Department(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5)))
        .list();
  }

  /**
   * A unit's code, its parent's code (null for a root), whether it has children, and its
   * departments as {@link #ofUnit} lists them: what a unit's dashboard and task board read about
   * it, in one round trip instead of two or three. Empty when there is no such unit.
   */
  public Optional<UnitDepartments> withFamily(long unitId) {
    UnitDepartments[] unit = new UnitDepartments[1];
    jdbc.sql(
            // Joins, not subqueries in the select list: those run again for each department row.
            "select u.code, p.code, c.parent_id is not null,"
                + " d.id, d.unit_id, d.name, d.kind, d.active"
                + " from unit u left join unit p on p.id = u.parent_id"
                + " left join (select parent_id from unit where parent_id = ? limit 1) c"
                + " on c.parent_id = u.id"
                + " left join department d on d.unit_id = u.id where u.id = ?"
                + " order by d.active desc, d.name")
        .params(unitId, unitId)
        .query(
            rs -> {
              if (unit[0] == null) {
                unit[0] =
                    new UnitDepartments(
                        rs.getString(1), rs.getString(2), rs.getBoolean(3), new ArrayList<>());
              }
              long id = rs.getLong(4);
              if (!rs.wasNull()) {
                unit[0]
                    .departments()
                    .add(
                        new Department(
                            id, rs.getLong(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)));
              }
            });
    return Optional.ofNullable(unit[0])
        .map(
            u ->
                new UnitDepartments(
                    u.code(), u.parentCode(), u.hasChildren(), List.copyOf(u.departments())));
  }

  /** See {@link #withFamily}. */
  public record UnitDepartments(
      String code, String parentCode, boolean hasChildren, List<Department> departments) {}

  public Optional<Department> findById(long id) {
    return jdbc.sql("select id, unit_id, name, kind, active from department where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Department(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5)))
        .optional();
  }

  /** Every department as "unit – department", by id (one query), for an administrator's lists. */
  public java.util.Map<Long, String> labels() {
    java.util.Map<Long, String> labels = new java.util.HashMap<>();
    jdbc.sql("select d.id, u.name, d.name from department d join unit u on u.id = d.unit_id")
        .query(
            rs -> {
              labels.put(rs.getLong(1), rs.getString(2) + " – " + rs.getString(3));
            });
    return labels;
  }

  /** The names of these departments, by id (one query). */
  public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, name from department where id in (:ids)")
          .param("ids", ids)
          .query(
              rs -> {
                names.put(rs.getLong(1), rs.getString(2));
              });
    }
    return names;
  }

  /** Whether the department belongs to the unit. */
  public boolean inUnit(long departmentId, long unitId) {
    return findById(departmentId).filter(d -> d.unitId() == unitId).isPresent();
  }

  /** Adds a department; a blank or duplicate name (in the same unit) is refused. */
  @Transactional
  public Department add(long unitId, String name, String kind) {
    String clean = checkName(unitId, name, null);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into department (unit_id, name, kind, active) values (?, ?, ?, true)")
        .params(unitId, clean, Text.cleanOrNull(kind))
        .update(keys, "id");
    return new Department(keys.getKey().longValue(), unitId, clean, Text.cleanOrNull(kind), true);
  }

  /** Adds the {@link Department#STANDARD} departments the unit does not have yet. */
  @Transactional
  public void addStandard(long unitId) {
    List<String> existing = ofUnit(unitId).stream().map(d -> d.name().toLowerCase()).toList();
    for (String name : Department.STANDARD) {
      if (!existing.contains(name.toLowerCase())) {
        add(unitId, name, null);
      }
    }
  }

  @Transactional
  public void rename(Department department, String name) {
    String clean = checkName(department.unitId(), name, department.id());
    jdbc.sql("update department set name = ? where id = ?").params(clean, department.id()).update();
  }

  public void setActive(long id, boolean active) {
    jdbc.sql("update department set active = ? where id = ?").params(active, id).update();
  }

  private String checkName(long unitId, String name, Long self) {
    String clean = Text.clean(name == null ? "" : name);
    if (clean.isEmpty() || clean.length() > 255) {
      throw new InvalidInputException(InputProblem.of(0, "name", "department.name.blank"));
    }
    boolean taken =
        ofUnit(unitId).stream()
            .anyMatch(d -> d.name().equalsIgnoreCase(clean) && !d.id().equals(self));
    if (taken) {
      throw new InvalidInputException(InputProblem.of(0, "name", "department.name.taken", clean));
    }
    return clean;
  }
}
