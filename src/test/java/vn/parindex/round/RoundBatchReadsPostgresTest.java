package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Units;

/**
 * The round's set-based reads give what the per-unit reads give: every unit's entries with their
 * evidence links in one call, the figures of every unit, one unit's row.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundBatchReadsPostgresTest {

  static final AtomicInteger WORLDS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired RoundEntries entries;
  @Autowired Rounds rounds;

  @Test
  void aWholeRoundReadAtOnceIsWhatEachUnitReadAloneGives() throws Exception {
    RoundWorld w = new RoundWorld(mvc, units, sets, "RB" + WORLDS.incrementAndGet());
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 5));
    long round = w.openRound(2031);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
    long planA = w.evidence(w.a, "1/KH-UBND");
    long reportA = w.evidence(w.a, "2/BC-UBND");
    long planB = w.evidence(w.b, "3/KH-UBND");
    ok(w, round, w.a, "1.1", "{\"points\":3,\"evidence\":[" + reportA + "," + planA + "]}");
    ok(w, round, w.a, "1.2", "{\"done\":true,\"evidence\":[" + planA + "]}");
    ok(w, round, w.a, "1.3", "{\"numerator\":1,\"denominator\":4}");
    ok(w, round, w.b, "1.1", "{\"points\":4,\"evidence\":[" + planB + "]}");

    Map<Long, List<Entry>> all = entries.allOfRound(round);
    List<RoundUnit> unitRows = rounds.units(round);
    assertThat(unitRows).hasSize(2);
    for (RoundUnit row : unitRows) {
      List<Map<String, Object>> alone =
          entries.all(row.id()).stream().map(Entry::snapshot).toList();
      assertThat(all.getOrDefault(row.id(), List.of()).stream().map(Entry::snapshot).toList())
          .isEqualTo(alone)
          .isNotEmpty();
      assertThat(rounds.unit(round, row.unitId()).map(RoundUnit::id)).contains(row.id());
      assertThat(rounds.figuresOfRound(round).get(row.id())).isEqualTo(rounds.figures(row.id()));
    }
    long rowA =
        unitRows.stream().filter(u -> u.unitId() == w.a.id()).findFirst().orElseThrow().id();
    Entry first = all.get(rowA).get(0);
    assertThat(first.code).isEqualTo("1.1");
    assertThat(first.selfEvidence).containsExactly(planA, reportA);
    assertThat(all.get(rowA)).hasSize(3);
    assertThat(rounds.unit(round, w.c.id())).isEmpty();
  }

  private static void ok(
      RoundWorld w, long round, vn.parindex.unit.Unit unit, String code, String body)
      throws Exception {
    RoundCyclePostgresTest.ok(w.entry(round, unit, code, body, Role.PAR_OFFICER));
  }
}
