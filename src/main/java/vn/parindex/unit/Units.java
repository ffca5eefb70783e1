package vn.parindex.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The units repository: the unit feature's public API for the others. */
@Repository
public class Units {

  private static final String COLUMNS =
      "id, code, name, type, parent_id, valid_from, valid_to, demo";

  private final JdbcClient jdbc;

  Units(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Unit save(Unit unit) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into unit (code, name, type, parent_id, valid_from, valid_to, demo)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            unit.code(),
            unit.name(),
            unit.type().name(),
            unit.parentId(),
            unit.validFrom(),
            unit.validTo(),
            unit.demo())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    return new Unit(
        id,
        unit.code(),
        unit.name(),
        unit.type(),
        unit.parentId(),
        unit.validFrom(),
        unit.validTo(),
        unit.demo());
  }

  public Optional<Unit> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from unit where id = ?")
        .param(id)
        .query(Units::map)
        .optional();
  }

  public Optional<Unit> findByCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from unit where code = ?")
        .param(code)
        .query(Units::map)
        .optional();
  }

  public List<Unit> findByName(String name) {
    return jdbc.sql("select " + COLUMNS + " from unit where lower(name) = lower(?) order by code")
        .param(name)
        .query(Units::map)
        .list();
  }

  public List<Unit> children(Long parentId) {
    if (parentId == null) {
      return jdbc.sql("select " + COLUMNS + " from unit where parent_id is null order by code")
          .query(Units::map)
          .list();
    }
    return jdbc.sql("select " + COLUMNS + " from unit where parent_id = ? order by code")
        .param(parentId)
        .query(Units::map)
        .list();
  }

  /** These units, by id (one query; an id no unit has is left out). */
  public java.util.Map<Long, Unit> byIds(java.util.Collection<Long> ids) {
    java.util.Map<Long, Unit> found = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select " + COLUMNS + " from unit where id in (:ids)")
          .param("ids", ids)
          .query(Units::map)
          .list()
          .forEach(u -> found.put(u.id(), u));
    }
    return found;
  }

  /** The names of these units, by id (one query). */
  public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, name from unit where id in (:ids)")
          .param("ids", ids)
          .query(
              rs -> {
                names.put(rs.getLong(1), rs.getString(2));
              });
    }
    return names;
  }

  /** The ids of a parent's children. */
  public List<Long> childIds(long parentId) {
    return jdbc.sql("select id from unit where parent_id = ?")
        .param(parentId)
        .query(Long.class)
        .list();
  }

  /** The unit and every unit below it, at any depth. */
  public java.util.Set<Long> descendantIds(long unitId) {
    return java.util.Set.copyOf(
        jdbc.sql(
                "with recursive tree (id) as (select id from unit where id = ?"
                    + " union all select u.id from unit u join tree t on u.parent_id = t.id)"
                    + " select id from tree")
            .param(unitId)
            .query(Long.class)
            .list());
  }

  /**
   * Whether the unit is {@code ancestorId} or below it, at any depth: read up the unit's few
   * parents (a commune's province is two steps up), not down the ancestor's whole tree (a
   * province's 168 communes, the country's 3,321) as {@link #descendantIds} reads it.
   */
  public boolean isWithin(long unitId, long ancestorId) {
    return jdbc.sql(
                "with recursive up (id, parent_id) as (select id, parent_id from unit where id = ?"
                    + " union select u.id, u.parent_id from unit u join up on u.id = up.parent_id)"
                    + " select count(*) from up where id = ?")
            .params(unitId, ancestorId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The unit and every unit below it, by code. */
  public List<Unit> subtree(long unitId) {
    return jdbc.sql(
            "with recursive tree (id) as (select id from unit where id = ?"
                + " union all select u.id from unit u join tree t on u.parent_id = t.id)"
                + " select "
                + COLUMNS
                + " from unit where id in (select id from tree) order by code")
        .param(unitId)
        .query(Units::map)
        .list();
  }

  /** True while demo units are in the database (pages then show the demo banner). */
  public boolean anyDemo() {
    return jdbc.sql("select count(*) from unit where demo = true").query(Long.class).single() > 0;
  }

  public List<Unit> all() {
    return jdbc.sql("select " + COLUMNS + " from unit order by code").query(Units::map).list();
  }

  public void link(Lineage lineage) {
    jdbc.sql(
            "insert into unit_lineage (predecessor_id, successor_id, kind, effective_on)"
                + " values (?, ?, ?, ?)")
        .params(
            lineage.predecessorId(),
            lineage.successorId(),
            lineage.kind().name(),
            lineage.effectiveOn())
        .update();
  }

  /** Every lineage link, for pages that show many units at once. */
  public List<Lineage> allLineage() {
    return jdbc.sql("select predecessor_id, successor_id, kind, effective_on from unit_lineage")
        .query(Units::mapLineage)
        .list();
  }

  /** Units this one came from (merged from, renamed from). */
  public List<Lineage> predecessorsOf(long unitId) {
    return jdbc.sql(
            "select predecessor_id, successor_id, kind, effective_on from unit_lineage"
                + " where successor_id = ? order by effective_on")
        .param(unitId)
        .query(Units::mapLineage)
        .list();
  }

  /** Lineage links into every child of a parent, keyed by successor id, in one query. */
  public Map<Long, List<Lineage>> predecessorsOfChildren(long parentId) {
    Map<Long, List<Lineage>> result = new HashMap<>();
    jdbc.sql(
            "select l.predecessor_id, l.successor_id, l.kind, l.effective_on from unit_lineage l"
                + " join unit u on u.id = l.successor_id where u.parent_id = ?"
                + " order by l.effective_on")
        .param(parentId)
        .query(Units::mapLineage)
        .list()
        .forEach(l -> result.computeIfAbsent(l.successorId(), k -> new ArrayList<>()).add(l));
    return result;
  }

  /** Units this one became (merged into, renamed to). */
  public List<Lineage> successorsOf(long unitId) {
    return jdbc.sql(
            "select predecessor_id, successor_id, kind, effective_on from unit_lineage"
                + " where predecessor_id = ? order by effective_on")
        .param(unitId)
        .query(Units::mapLineage)
        .list();
  }

  private static Unit map(ResultSet rs, int row) throws SQLException {
    return new Unit(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        UnitType.valueOf(rs.getString("type")),
        (Long) rs.getObject("parent_id", Long.class),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        rs.getBoolean("demo"));
  }

  private static Lineage mapLineage(ResultSet rs, int row) throws SQLException {
    return new Lineage(
        rs.getLong("predecessor_id"),
        rs.getLong("successor_id"),
        LineageKind.valueOf(rs.getString("kind")),
        rs.getObject("effective_on", LocalDate.class));
  }
}
