package vn.parindex.plan;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ranking.UnitRank;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;

/** The seed's 2024 table (demo/vinh-chap-2024.csv) as a criteria set and assessment in memory. */
public final class SeedFixture {

  static final Unit DISTRICT =
      new Unit(1L, "D1", "Vĩnh Linh", UnitType.DISTRICT, null, null, null, true);
  static final Unit COMMUNE =
      new Unit(2L, "C1", "Vĩnh Chấp", UnitType.COMMUNE, 1L, null, null, true);
  static final UnitRank RANK = new UnitRank(11, 18, 3, null);

  private SeedFixture() {}

  static List<CSVRecord> rows() {
    try (Reader in =
        new InputStreamReader(
            SeedFixture.class.getResourceAsStream("/demo/vinh-chap-2024.csv"),
            StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setSkipHeaderRecord(true)
          .setHeader()
          .get()
          .parse(in)
          .getRecords();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static CriteriaSet criteriaSet() {
    return criteriaSet(10L, 1);
  }

  public static CriteriaSet criteriaSet(Long id, int version) {
    List<Criterion> criteria = new ArrayList<>();
    int position = 0;
    for (CSVRecord r : rows()) {
      criteria.add(
          new Criterion(
              CriterionCode.parse(r.get(0)).orElseThrow(),
              r.get(1),
              new BigDecimal(r.get(2)),
              null,
              ++position));
    }
    return CriteriaSet.create(
        id, "seed", 2024, UnitType.COMMUNE, version, true, "seed", criteria, List.of());
  }

  static Assessment assessment() {
    return assessment(20L, 2L, 10L);
  }

  public static Assessment assessment(Long id, long unitId, long setId) {
    List<AssessmentEntry> entries = new ArrayList<>();
    for (CSVRecord r : rows()) {
      entries.add(
          new AssessmentEntry(
              CriterionCode.parse(r.get(0)).orElseThrow(),
              new BigDecimal(r.get(3)),
              null,
              r.get(4).isBlank() ? null : r.get(4),
              r.get(5).isBlank() ? null : r.get(5),
              r.get(6).isBlank() ? null : r.get(6),
              null,
              null));
    }
    return new Assessment(
        id, unitId, 2024, setId, AssessmentStage.PUBLISHED, null, null, "seed", null, entries);
  }

  static Scorecard scorecard() {
    return Scorecard.of(criteriaSet(), assessment());
  }

  static Plan plan() {
    Plan plan =
        new PlanDrafter().draft(scorecard(), COMMUNE, Optional.of(DISTRICT), Optional.of(RANK));
    PlanHeader h = plan.header();
    plan.edit(
        new PlanHeader(
            h.authorityUpper(),
            h.authorityUnit(),
            h.unitLabel(),
            "05/KH-UBND",
            h.place(),
            IssueDate.of(LocalDate.of(2025, 2, 5)),
            h.title(),
            h.subject()),
        new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Văn Tuấn"));
    return plan;
  }
}
