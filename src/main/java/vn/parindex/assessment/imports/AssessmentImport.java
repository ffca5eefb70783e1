package vn.parindex.assessment.imports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.account.Actor;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Checker;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.TreeView;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Imports an appendix table (CSV, XLSX, DOCX) as an assessment, all or nothing. Codes are matched
 * against the given or current criteria set; a max that differs from the set's is refused (the
 * table belongs to another version of the set). Without a set, a partial one is built from the
 * table.
 */
@Service
public class AssessmentImport {

  private final Units units;
  private final CriteriaSets sets;
  private final Assessments assessments;
  private final FileLimits limits;
  private final TransactionTemplate writing;
  private final PartialSets partialSets;
  private final Clock clock;

  AssessmentImport(
      Units units,
      CriteriaSets sets,
      Assessments assessments,
      FileLimits limits,
      PlatformTransactionManager transactions,
      PartialSets partialSets,
      Clock clock) {
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.partialSets = partialSets;
    this.units = units;
    this.sets = sets;
    this.assessments = assessments;
    this.limits = limits;
    this.writing = new TransactionTemplate(transactions);
  }

  /**
   * Creates the unit (a new commune typed into the upload form) and imports the table in one
   * transaction: when the table is refused, the unit is not stored either.
   */
  public ImportResult importWithNewUnit(Actor by, Unit unit, ImportCommand command) {
    refuseTakenCode(unit);
    Checked checked = check(command, Optional.of(unit));
    return result(
        writing.execute(
            status -> {
              refuseTakenCode(unit);
              return write(by, checked, units.save(unit));
            }));
  }

  private void refuseTakenCode(Unit unit) {
    if (units.findByCode(unit.code()).isPresent()) {
      throw new InvalidInputException(
          InputProblem.of(0, "unit", "assessment.upload.unit.exists", unit.code()));
    }
  }

  /**
   * Reads and checks the file with no transaction open (no pooled connection is held while a large
   * file is parsed), then writes it in one short transaction.
   */
  public ImportResult importTable(Actor by, ImportCommand command) {
    Checked checked = check(command, Optional.empty());
    return result(writing.execute(status -> write(by, checked, checked.unit())));
  }

  /** A table read and checked against its unit and criteria set, ready to be written. */
  private record Checked(
      ImportCommand command,
      String fileName,
      Unit unit,
      AppendixTable table,
      List<ParsedLine> lines,
      BigDecimal reportedTotal,
      Optional<CriteriaSet> given) {}

  private Checked check(ImportCommand command, Optional<Unit> newUnit) {
    String fileName = FileKind.safeName(command.fileName());
    List<InputProblem> problems = new ArrayList<>();
    Optional<Unit> unit =
        newUnit.isPresent()
            ? newUnit
            : Optional.ofNullable(command.unitCode()).flatMap(units::findByCode);
    if (unit.isEmpty()) {
      problems.add(
          InputProblem.of(
              0, "unit", "assessment.import.unit.unknown", String.valueOf(command.unitCode())));
    }
    AppendixTable table;
    try {
      FileKind kind = FileKind.check(command.fileName(), command.content());
      table = AppendixTable.find(AppendixFiles.read(kind, fileName, command.content(), limits));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      throw new InvalidInputException(problems);
    }
    AppendixParser parser = new AppendixParser(table, problems);
    List<ParsedLine> lines = parser.parse();
    BigDecimal reportedTotal = parser.totalPoints();
    Optional<CriteriaSet> given = Optional.empty();
    if (command.frameworkId() != null) {
      given = sets.findById(command.frameworkId());
      if (given.isEmpty()) {
        problems.add(
            InputProblem.of(
                0, "framework", "assessment.import.framework.unknown", command.frameworkId()));
      }
    } else if (unit.isPresent()) {
      // a partial set lists one table's lost items only: never matched against another table
      given = sets.findCurrent(command.year(), unit.get().type()).filter(s -> !s.partial());
    }
    if (given.isPresent()) {
      matchSet(given.get(), lines, table, problems);
    } else if (command.frameworkId() == null) {
      checkParents(lines, table, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    AssessmentStage stage = command.stage() == null ? AssessmentStage.PUBLISHED : command.stage();
    if (!command.replace() && unit.get().id() != null) {
      // ask before anything is built: a re-upload of the same table is refused here, cheaply
      assessments.refuseIfCurrent(unit.get().id(), command.year(), stage);
    }
    return new Checked(command, fileName, unit.get(), table, lines, reportedTotal, given);
  }

  private Written write(Actor by, Checked checked, Unit unit) {
    ImportCommand command = checked.command();
    String fileName = checked.fileName();
    AppendixTable table = checked.table();
    List<ParsedLine> lines = checked.lines();
    BigDecimal reportedTotal = checked.reportedTotal();
    Optional<CriteriaSet> given = checked.given();
    AssessmentStage stage = command.stage() == null ? AssessmentStage.PUBLISHED : command.stage();
    // another table may build a partial set of this year and unit type at the same moment
    CriteriaSet set =
        given.orElseGet(
            () ->
                partialSets.save(
                    () ->
                        sets.saveOwned(
                            partialSet(unit, command.year(), fileName, lines), unit.id()),
                    command.year()));
    List<AssessmentEntry> entries = new ArrayList<>();
    for (ParsedLine line : lines) {
      ScoreInput input =
          new ScoreInput(line.points(), null, null, line.rate(), null, null, null, null);
      entries.add(
          new AssessmentEntry(
              line.code(),
              line.points(),
              input,
              line.reason(),
              line.measure(),
              line.note(),
              line.name(),
              line.row()));
    }
    BigDecimal statedLoss =
        command.statedLoss() != null
            ? command.statedLoss()
            : PlanText.statedLoss(table.planText()).orElse(null);
    StatedRank rank =
        command.statedRank() != null && !command.statedRank().isEmpty()
            ? command.statedRank()
            : PlanText.statedRank(table.planText());
    Assessment saved =
        assessments.saveVersion(
            by,
            new Assessment(
                    null,
                    unit.id(),
                    command.year(),
                    set.id(),
                    stage,
                    reportedTotal,
                    statedLoss,
                    fileName,
                    LocalDateTime.now(clock),
                    entries)
                .withStatedRank(rank),
            command.replace(),
            command.seenCurrentId());
    return new Written(saved, set, unit);
  }

  private record Written(Assessment saved, CriteriaSet set, Unit unit) {}

  /** Scored after the transaction: the write holds its connection only while it writes. */
  private static ImportResult result(Written written) {
    Assessment saved = written.saved();
    CriteriaSet set = written.set();
    Unit unit = written.unit();
    Scorecard card = Scorecard.of(set, saved);
    return new ImportResult(
        saved.id(),
        unit.code(),
        saved.year(),
        set.id(),
        set.partial(),
        set.name(),
        TreeView.totals(card),
        Checker.check(card).size());
  }

  private static void matchSet(
      CriteriaSet set, List<ParsedLine> lines, AppendixTable table, List<InputProblem> problems) {
    for (ParsedLine line : lines) {
      if (line.code() == null) {
        continue;
      }
      Optional<Criterion> criterion = set.find(line.code());
      if (criterion.isEmpty()) {
        problems.add(
            InputProblem.of(
                line.row(),
                table.columnName(AppendixColumn.CODE),
                "assessment.import.code.unknown",
                line.code().value(),
                set.name()));
      } else if (line.max() != null && line.max().compareTo(criterion.get().maxPoints()) != 0) {
        problems.add(
            InputProblem.of(
                line.row(),
                table.columnName(AppendixColumn.MAX),
                "assessment.import.max.differs",
                line.code().value(),
                line.max().toPlainString(),
                criterion.get().maxPoints().stripTrailingZeros().toPlainString()));
      }
    }
  }

  private static void checkParents(
      List<ParsedLine> lines, AppendixTable table, List<InputProblem> problems) {
    Set<CriterionCode> codes = new HashSet<>();
    lines.forEach(l -> codes.add(l.code()));
    for (ParsedLine line : lines) {
      if (line.code() == null) {
        continue;
      }
      line.code()
          .parent()
          .filter(p -> !codes.contains(p))
          .ifPresent(
              p ->
                  problems.add(
                      InputProblem.of(
                          line.row(),
                          table.columnName(AppendixColumn.CODE),
                          "assessment.import.parent.missing",
                          line.code().value(),
                          p.value())));
    }
  }

  private CriteriaSet partialSet(Unit unit, int year, String fileName, List<ParsedLine> lines) {
    List<Criterion> criteria = new ArrayList<>();
    Set<CriterionCode> parents = AppendixParser.parents(lines);
    for (ParsedLine line : lines) {
      boolean parent = parents.contains(line.code());
      var method =
          parent
              ? null
              : line.rate() != null ? new Scoring.Proportional(null) : new Scoring.Manual();
      criteria.add(new Criterion(line.code(), line.name(), line.max(), method, line.row()));
    }
    String name =
        "Bộ chỉ số dựng từ bảng điểm «" + fileName + "» (" + unit.name() + ", " + year + ")";
    return CriteriaSet.create(
        null,
        name,
        year,
        unit.type(),
        sets.nextVersion(year, unit.type()),
        true,
        fileName,
        criteria,
        List.of());
  }
}
