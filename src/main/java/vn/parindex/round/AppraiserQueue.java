package vn.parindex.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.CurrentUser;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.MethodKind;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The appraiser's queue: the units in their scope whose appraisal round is open now (submitted, or
 * silent past the self-assessment deadline: round 1; explained, or silent past the explanation
 * deadline: round 2), with the due day and how many of the appraiser's criteria are left. Round 1
 * counts their leaves without round-1 points; round 2 their cut or flagged leaves without round-2
 * points. An appraiser of a department, who does not end the rounds, sees only the units with some
 * of their criteria left. A few queries per round, whatever the number of units.
 */
@Service
public class AppraiserQueue {

  /**
   * One unit awaiting the reader's appraisal; {@code state} is the enum's name, {@code
   * nothingToExplain} that round 1 cut and flagged none of its criteria (round 2 without replies).
   */
  public record Item(
      long roundId,
      int year,
      String parentName,
      String unitCode,
      String unitName,
      String state,
      int stage,
      LocalDate due,
      boolean overdue,
      int left,
      int total,
      boolean nothingToExplain) {}

  private final RoundIndex index;
  private final RoundLoader loader;
  private final Rounds rounds;
  private final CriterionAssignments assignments;
  private final Units units;
  private final RoundAccess access;
  private final JdbcClient jdbc;

  AppraiserQueue(
      RoundIndex index,
      RoundLoader loader,
      Rounds rounds,
      CriterionAssignments assignments,
      Units units,
      RoundAccess access,
      JdbcClient jdbc) {
    this.index = index;
    this.loader = loader;
    this.rounds = rounds;
    this.assignments = assignments;
    this.units = units;
    this.access = access;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<Item> awaiting(CurrentUser user, LocalDate today) {
    List<Item> items = new ArrayList<>();
    Map<Long, Unit> appraisable = access.appraisable(user);
    if (appraisable.isEmpty()) {
      return items;
    }
    for (long id : index.ids()) {
      Round round = loader.round(id);
      if (!round.published()) {
        items.addAll(awaiting(round, user, appraisable, today));
      }
    }
    items.sort(Comparator.comparing(Item::due).thenComparing(Item::unitName));
    return items;
  }

  private List<Item> awaiting(
      Round round, CurrentUser user, Map<Long, Unit> appraisable, LocalDate today) {
    List<RoundUnit> open = new ArrayList<>();
    Map<Long, Integer> stages = new HashMap<>();
    for (RoundUnit row : rounds.units(round.id())) {
      if (!appraisable.containsKey(row.unitId())) {
        continue;
      }
      row.appraisalRound(today, round.windows(), rounds.liftsOfLockable(row))
          .ifPresent(
              stage -> {
                open.add(row);
                stages.put(row.id(), stage);
              });
    }
    if (open.isEmpty()) {
      return List.of();
    }
    CriteriaSet set = loader.set(round);
    Assignments appraisers = assignments.appraisers(round.id());
    List<String> theirs =
        set.leaves().stream()
            .filter(c -> c.methodOrManual().kind() != MethodKind.SURVEY)
            .map(c -> c.code().value())
            .filter(code -> appraisers.appraises(user, code))
            .toList();
    Map<Long, Map<String, Entry>> entries = entries(round.id());
    String parent = units.findById(round.parentUnitId()).map(Unit::name).orElse("");
    boolean ends = appraisers.letsEnd(user);
    List<Item> items = new ArrayList<>();
    for (RoundUnit row : open) {
      int stage = stages.get(row.id());
      Map<String, Entry> byCode = entries.getOrDefault(row.id(), Map.of());
      int left = 0;
      int total = 0;
      for (String code : theirs) {
        Entry e = byCode.get(code);
        if (stage == 1) {
          total++;
          left += e == null || e.round1Points == null ? 1 : 0;
        } else if (e != null && e.explainable()) {
          total++;
          left += e.round2Points == null ? 1 : 0;
        }
      }
      if (left == 0 && !ends) {
        // an appraiser of a department with none of theirs left: the unit awaits someone else
        continue;
      }
      LocalDate due = stage == 1 ? round.windows().round1Due() : round.windows().round2Due();
      Unit unit = appraisable.get(row.unitId());
      items.add(
          new Item(
              round.id(),
              round.year(),
              parent,
              unit.code(),
              unit.name(),
              row.state().name(),
              stage,
              due,
              today.isAfter(due),
              left,
              total,
              stage == 2 && byCode.values().stream().noneMatch(Entry::explainable)));
    }
    return items;
  }

  /** The appraisal columns of every entry of the round, by round unit and code (one query). */
  private Map<Long, Map<String, Entry>> entries(long roundId) {
    Map<Long, Map<String, Entry>> all = new HashMap<>();
    jdbc.sql(
            "select e.round_unit_id, e.code, e.self_points, e.round1_points,"
                + " e.explanation_required, e.round2_points from round_entry e"
                + " join round_unit u on u.id = e.round_unit_id where u.round_id = ?")
        .param(roundId)
        .query(
            rs -> {
              Entry e = new Entry(null, rs.getLong(1), rs.getString(2), 0);
              e.selfPoints = rs.getObject(3, BigDecimal.class);
              e.round1Points = rs.getObject(4, BigDecimal.class);
              e.explanationRequired = rs.getBoolean(5);
              e.round2Points = rs.getObject(6, BigDecimal.class);
              all.computeIfAbsent(e.roundUnitId, k -> new HashMap<>()).put(e.code, e);
            });
    return all;
  }
}
