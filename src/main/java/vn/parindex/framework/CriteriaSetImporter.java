package vn.parindex.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;
import vn.parindex.unit.UnitType;

/**
 * Imports a criteria set from YAML, XLSX or CSV, all or nothing: every problem of the file is
 * collected and reported together, and nothing is stored unless there is none. The set becomes the
 * next version for its (year, unit type).
 */
@Service
public class CriteriaSetImporter {

  private final CriteriaSets sets;
  private final FileLimits limits;
  private final TransactionTemplate writing;

  CriteriaSetImporter(
      CriteriaSets sets, FileLimits limits, PlatformTransactionManager transactions) {
    this.sets = sets;
    this.limits = limits;
    this.writing = new TransactionTemplate(transactions);
  }

  /**
   * What the request may add to the file: name, year and unit type required for XLSX/CSV,
   * overriding the file when given; likewise the set's rules (a CSV can carry them only this way).
   */
  public record Fields(
      String name,
      String year,
      String unitType,
      String surveyMissing,
      String bonusMax,
      String penaltyMax) {

    public Fields(String name, String year, String unitType) {
      this(name, year, unitType, null, null, null);
    }
  }

  /**
   * Reads and checks the file with no transaction open (no pooled connection is held while it is
   * parsed), then stores it as the next version in one short transaction.
   */
  public CriteriaSet importFile(String fileName, byte[] content, Fields fields) {
    CriteriaSet set = read(fileName, content, fields, limits);
    return writing.execute(
        status -> {
          CriteriaSet versioned =
              set.asVersion(
                  sets.nextVersion(set.year(), set.unitType()), false, FileKind.safeName(fileName));
          return sets.save(versioned.withObligations(set.obligations()));
        });
  }

  /** Reads and checks a file without storing it; version 0. */
  public static CriteriaSet read(String fileName, byte[] content, Fields fields) {
    return read(fileName, content, fields, FileLimits.DEFAULTS);
  }

  static CriteriaSet read(String fileName, byte[] content, Fields fields, FileLimits limits) {
    FileKind kind = FileKind.check(fileName, content);
    String safe = FileKind.safeName(fileName);
    CriteriaDraft draft =
        switch (kind) {
          case YAML -> CriteriaYamlReader.read(safe, content);
          case XLSX -> CriteriaXlsxReader.read(safe, content, limits);
          case CSV -> CriteriaCsvReader.read(safe, content, limits);
          case DOCX ->
              throw new InvalidInputException(InputProblem.ofFile("input.file.unsupported", safe));
        };
    List<InputProblem> problems = new ArrayList<>(draft.problems());
    String name = pick(fields.name(), draft.name());
    String year = pick(fields.year(), draft.year());
    String unitType = pick(fields.unitType(), draft.unitType());
    if (name == null) {
      problems.add(InputProblem.of(0, "name", "framework.field.missing"));
    }
    Integer parsedYear = year(year, problems);
    UnitType type = unitType(unitType, problems);
    List<Criterion> criteria = CriteriaRows.check(draft.rows(), problems);
    SetRules rules =
        SetRules.read(
            pick(fields.surveyMissing(), draft.rules().surveyMissing()),
            pick(fields.bonusMax(), draft.rules().bonusMax()),
            pick(fields.penaltyMax(), draft.rules().penaltyMax()),
            problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return CriteriaSet.create(null, name, parsedYear, type, 0, false, safe, criteria, draft.bands())
        .withRules(rules)
        .withObligations(draft.obligations());
  }

  private static String pick(String fromRequest, String fromFile) {
    return Optional.ofNullable(Text.lineOrNull(fromRequest)).orElse(Text.lineOrNull(fromFile));
  }

  private static Integer year(String year, List<InputProblem> problems) {
    if (year == null) {
      problems.add(InputProblem.of(0, "year", "framework.field.missing"));
      return null;
    }
    try {
      int value = Integer.parseInt(year);
      if (value >= 2000 && value <= 2100) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(InputProblem.of(0, "year", "framework.year.invalid", year));
    return null;
  }

  private static UnitType unitType(String unitType, List<InputProblem> problems) {
    if (unitType == null) {
      problems.add(InputProblem.of(0, "unitType", "framework.field.missing"));
      return null;
    }
    Optional<UnitType> type = UnitType.parse(unitType);
    if (type.isEmpty()) {
      problems.add(InputProblem.of(0, "unitType", "framework.unittype.invalid", unitType));
    }
    return type.orElse(null);
  }
}
