package vn.parindex.assessment.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.account.Actor;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.ranking.RankingRow;
import vn.parindex.assessment.ranking.Rankings;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitCommand;
import vn.parindex.unit.UnitRegistry;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Imports a published results table for a parent's children in a year: all rows or none. Each row
 * becomes a PUBLISHED assessment with its reported total and area subtotals, scored against the
 * current criteria set for (year, the units' type) or, when there is none, a partial set built from
 * the area columns and the "Điểm tối đa" row.
 */
@Service
public class ResultImport {

  private final Units units;
  private final CriteriaSets sets;
  private final Assessments assessments;
  private final Rankings rankings;
  private final UnitRegistry registry;

  private final FileLimits limits;
  private final TransactionTemplate writing;
  private final Clock clock;

  ResultImport(
      Units units,
      CriteriaSets sets,
      Assessments assessments,
      Rankings rankings,
      UnitRegistry registry,
      FileLimits limits,
      PlatformTransactionManager transactions,
      Clock clock) {
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.units = units;
    this.registry = registry;
    this.sets = sets;
    this.assessments = assessments;
    this.rankings = rankings;
    this.limits = limits;
    this.writing = new TransactionTemplate(transactions);
  }

  /**
   * Parses with no transaction open, then creates the units consented to and writes every row in
   * one short transaction.
   *
   * @param newUnits the user's consent to create units the parent lacks; without it such a table is
   *     refused with {@link UnknownUnitsException}, naming them
   */
  public ResultImportReport importTable(
      Actor by, String parentCode, int year, String fileName, byte[] content, NewUnits newUnits) {
    Unit parent =
        units
            .findByCode(parentCode)
            .orElseThrow(() -> new NotFoundException("unit.not.found", parentCode));
    List<List<String>> cells = ResultSheet.read(fileName, content, limits);
    List<Unit> children = units.children(parent.id());
    ResultTable parsed = ResultTable.parse(cells, children);
    if (!parsed.unknown().isEmpty() && !newUnits.covers(parsed.unknown())) {
      throw new UnknownUnitsException(parent.code(), parent.label(), parsed.unknown());
    }
    List<String> created = new ArrayList<>();
    Written written =
        writing.execute(
            status -> {
              ResultTable table = parsed;
              if (!parsed.unknown().isEmpty()) {
                created.addAll(create(parent, children, parsed.unknown()));
                table = ResultTable.parse(cells, units.children(parent.id()));
              }
              return new Written(table, write(by, table, year, fileName));
            });
    List<RankingRow> ranking = rankings.rank(parent.id(), year);
    List<ResultFinding> findings = ResultChecks.check(written.table(), written.set(), ranking);
    return new ResultImportReport(
        written.table().rows().size(),
        year,
        parent.code(),
        written.set().partial(),
        findings,
        ranking,
        created);
  }

  private record Written(ResultTable table, CriteriaSet set) {}

  /** The units the parent lacks, each under it with its siblings' type; their names. */
  private List<String> create(
      Unit parent, List<Unit> children, List<UnknownUnitsException.UnknownUnit> unknown) {
    String type = typeOfNew(children).name();
    List<String> created = new ArrayList<>();
    for (UnknownUnitsException.UnknownUnit u : unknown) {
      String code = u.code().isEmpty() ? NewUnits.codeFor(parent.code(), u.name()) : u.code();
      created.add(
          registry
              .register(new UnitCommand(code, u.name(), type, parent.code(), null, null))
              .name());
    }
    return created;
  }

  private CriteriaSet write(Actor by, ResultTable table, int year, String fileName) {
    CriteriaSet set = criteriaSet(table, year, FileKind.safeName(fileName));
    for (ResultRow row : table.rows()) {
      List<AssessmentEntry> entries = new ArrayList<>();
      row.areas().forEach((area, points) -> entries.add(AssessmentEntry.ofPoints(area, points)));
      assessments.save(
          by,
          new Assessment(
              null,
              row.unit().id(),
              year,
              set.id(),
              AssessmentStage.PUBLISHED,
              row.total(),
              null,
              FileKind.safeName(fileName),
              LocalDateTime.now(clock),
              entries));
    }
    return set;
  }

  /** New units take their siblings' type (most of them), else commune. */
  private static UnitType typeOfNew(List<Unit> siblings) {
    Map<UnitType, Long> counts = new HashMap<>();
    siblings.forEach(u -> counts.merge(u.type(), 1L, Long::sum));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(UnitType.COMMUNE);
  }

  private CriteriaSet criteriaSet(ResultTable table, int year, String source) {
    Unit first = table.rows().get(0).unit();
    var current = sets.findCurrent(year, first.type());
    if (current.isPresent()) {
      List<InputProblem> problems = new ArrayList<>();
      for (var area : table.columns().areas().entrySet()) {
        if (current.get().find(area.getKey()).isEmpty()) {
          problems.add(
              InputProblem.of(
                  1,
                  table.columns().headerOf(area.getValue()),
                  "ranking.import.area.unknown",
                  area.getKey().value(),
                  current.get().name()));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return current.get();
    }
    return sets.save(partialSet(table, year, first, source));
  }

  /** Built from the area columns; each area's max comes from the "Điểm tối đa" row. */
  private CriteriaSet partialSet(ResultTable table, int year, Unit first, String source) {
    Map<CriterionCode, BigDecimal> maxima = new HashMap<>(table.maxima());
    List<InputProblem> problems = new ArrayList<>();
    List<Criterion> criteria = new ArrayList<>();
    int position = 0;
    for (var area : table.columns().areas().entrySet()) {
      BigDecimal max = maxima.get(area.getKey());
      if (max == null) {
        problems.add(
            InputProblem.of(
                0,
                table.columns().headerOf(area.getValue()),
                "ranking.import.max.missing",
                area.getKey().value()));
      } else {
        criteria.add(
            new Criterion(
                area.getKey(), "Lĩnh vực " + area.getKey().value(), max, null, ++position));
      }
    }
    if (table.columns().areas().isEmpty()) {
      problems.add(InputProblem.ofFile("ranking.import.set.missing", year, first.type().name()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return CriteriaSet.create(
        null,
        "Kết quả công bố " + year + " (" + first.type().vietnamese() + ")",
        year,
        first.type(),
        sets.nextVersion(year, first.type()),
        true,
        source,
        criteria,
        List.of());
  }
}
