package vn.parindex.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.MethodKind;
import vn.parindex.framework.ScoreInput;
import vn.parindex.input.Decimals;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.FileTable;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.TableFiles;
import vn.parindex.input.Text;

/**
 * A survey tool's export (CSV, or the first sheet of an XLSX), one row per unit and survey
 * criterion, read all or nothing: every problem is collected with its row and column as the file
 * wrote them, and nothing is returned unless there is none. Answers per option are scored by the
 * leaf's own survey weights; points given directly are taken as they are (0 to the leaf's max).
 */
final class SurveyFile {

  /** The round's units by code and by name (exact after NFC), and its criteria set. */
  record Lookup(Map<String, Long> byCode, Map<String, Long> byName, CriteriaSet set) {}

  /** One unit's points on one survey leaf. */
  record Point(long roundUnitId, String code, BigDecimal points, int row) {}

  private final Lookup lookup;
  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<String, Integer> seen = new HashMap<>();

  private SurveyFile(Lookup lookup) {
    this.lookup = lookup;
  }

  static List<Point> read(String fileName, byte[] content, FileLimits limits, Lookup lookup) {
    String safe = FileKind.safeName(fileName);
    // by its name first: the general refusal lists every table the app reads (DOCX, YAML), which
    // a survey import does not take
    FileKind named = FileKind.fromName(fileName).orElse(null);
    if (named != FileKind.CSV && named != FileKind.XLSX) {
      throw new InvalidInputException(InputProblem.ofFile("round.survey.file.kind", safe));
    }
    FileKind kind = FileKind.check(fileName, content);
    List<FileTable> tables =
        TableFiles.read(kind, safe, content, limits, (index, name) -> index == 0);
    List<FileTable.Row> rows =
        tables.isEmpty()
            ? List.of()
            : tables.get(0).rows().stream().filter(r -> !blank(r)).toList();
    if (rows.size() < 2) {
      throw new InvalidInputException(InputProblem.ofFile("round.survey.empty", safe));
    }
    return new SurveyFile(lookup).points(rows);
  }

  private List<Point> points(List<FileTable.Row> rows) {
    FileTable.Row header = rows.get(0);
    SurveyColumns columns = new SurveyColumns(header);
    if (!columns.has(SurveyColumns.UNIT_CODE) && !columns.has(SurveyColumns.UNIT_NAME)) {
      problems.add(InputProblem.of(header.number(), null, "round.survey.column.unit"));
    }
    if (!columns.has(SurveyColumns.CRITERION)) {
      problems.add(InputProblem.of(header.number(), null, "round.survey.column.criterion"));
    }
    if (!columns.has(SurveyColumns.POINTS) && columns.options().isEmpty()) {
      problems.add(InputProblem.of(header.number(), null, "round.survey.column.points"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Point> points = new ArrayList<>();
    for (FileTable.Row row : rows.subList(1, rows.size())) {
      line(row, columns).ifPresent(points::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return points;
  }

  private Optional<Point> line(FileTable.Row row, SurveyColumns columns) {
    Optional<Long> unit = unit(row, columns);
    Optional<Criterion> leaf = leaf(row, columns);
    if (unit.isEmpty() || leaf.isEmpty()) {
      return Optional.empty();
    }
    String code = leaf.get().code().value();
    Integer first = seen.putIfAbsent(unit.get() + "|" + code, row.number());
    if (first != null) {
      problems.add(
          InputProblem.of(
              row.number(),
              columns.written(SurveyColumns.CRITERION),
              "round.survey.duplicate",
              code,
              first));
      return Optional.empty();
    }
    return points(row, columns, leaf.get())
        .map(p -> new Point(unit.get(), code, p.setScale(4, RoundingMode.HALF_UP), row.number()));
  }

  private Optional<Long> unit(FileTable.Row row, SurveyColumns columns) {
    String code = Text.lineOrNull(row.cell(columns.indexOf(SurveyColumns.UNIT_CODE)));
    String name = Text.lineOrNull(row.cell(columns.indexOf(SurveyColumns.UNIT_NAME)));
    if (code != null) {
      return found(lookup.byCode().get(code), row, columns.written(SurveyColumns.UNIT_CODE), code);
    }
    if (name != null) {
      return found(lookup.byName().get(name), row, columns.written(SurveyColumns.UNIT_NAME), name);
    }
    String column =
        columns.has(SurveyColumns.UNIT_CODE)
            ? columns.written(SurveyColumns.UNIT_CODE)
            : columns.written(SurveyColumns.UNIT_NAME);
    problems.add(InputProblem.of(row.number(), column, "round.survey.unit.missing"));
    return Optional.empty();
  }

  private Optional<Long> found(Long id, FileTable.Row row, String column, String written) {
    if (id == null) {
      problems.add(InputProblem.of(row.number(), column, "round.survey.unit.unknown", written));
    }
    return Optional.ofNullable(id);
  }

  private Optional<Criterion> leaf(FileTable.Row row, SurveyColumns columns) {
    String column = columns.written(SurveyColumns.CRITERION);
    String raw = Text.lineOrNull(row.cell(columns.indexOf(SurveyColumns.CRITERION)));
    if (raw == null) {
      problems.add(InputProblem.of(row.number(), column, "round.survey.criterion.missing"));
      return Optional.empty();
    }
    Optional<Criterion> criterion =
        CriterionCode.parse(raw).flatMap(code -> lookup.set().find(code));
    if (criterion.isEmpty()) {
      problems.add(InputProblem.of(row.number(), column, "round.survey.criterion.unknown", raw));
      return Optional.empty();
    }
    Criterion c = criterion.get();
    if (!lookup.set().isLeaf(c.code()) || c.methodOrManual().kind() != MethodKind.SURVEY) {
      problems.add(InputProblem.of(row.number(), column, "round.survey.criterion.notSurvey", raw));
      return Optional.empty();
    }
    return criterion;
  }

  /** The points given, else the answers scored by the leaf's weights; each within 0..max. */
  private Optional<BigDecimal> points(FileTable.Row row, SurveyColumns columns, Criterion leaf) {
    String pointsColumn = columns.written(SurveyColumns.POINTS);
    int before = problems.size();
    Optional<BigDecimal> given =
        Decimals.read(
            row.cell(columns.indexOf(SurveyColumns.POINTS)), row.number(), pointsColumn, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    if (given.isPresent()) {
      return within(given.get(), row, pointsColumn, leaf);
    }
    Map<String, BigDecimal> answers = new LinkedHashMap<>();
    for (var option : columns.options().entrySet()) {
      String column = columns.written(option.getKey());
      Optional<BigDecimal> value =
          Decimals.read(row.cell(option.getValue()), row.number(), column, problems);
      if (value.isPresent() && value.get().signum() < 0) {
        problems.add(
            InputProblem.of(
                row.number(),
                column,
                "round.survey.answer.negative",
                Decimals.stripped(value.get())));
      } else if (value.isPresent() && value.get().signum() > 0) {
        answers.put(option.getKey(), value.get());
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String column =
        columns.has(SurveyColumns.POINTS)
            ? pointsColumn
            : columns.written(columns.options().keySet().iterator().next());
    if (answers.isEmpty()) {
      problems.add(InputProblem.of(row.number(), column, "round.survey.answers.missing"));
      return Optional.empty();
    }
    Optional<BigDecimal> scored = SurveyScore.of(leaf, answers);
    if (scored.isEmpty()) {
      problems.add(
          InputProblem.of(
              row.number(),
              column,
              "round.survey.answers.options",
              String.join(", ", answers.keySet()),
              leaf.code().value()));
      return Optional.empty();
    }
    return within(scored.get(), row, column, leaf);
  }

  private Optional<BigDecimal> within(
      BigDecimal points, FileTable.Row row, String column, Criterion leaf) {
    if (points.signum() < 0) {
      problems.add(
          InputProblem.of(
              row.number(), column, "round.survey.points.negative", Decimals.stripped(points)));
      return Optional.empty();
    }
    if (points.compareTo(leaf.maxPoints()) > 0) {
      problems.add(
          InputProblem.of(
              row.number(),
              column,
              "round.survey.points.above",
              // numbers, not text: the message writes them as its reader does ("12,5")
              Decimals.stripped(points),
              Decimals.stripped(leaf.maxPoints()),
              leaf.code().value()));
      return Optional.empty();
    }
    return Optional.of(points);
  }

  private static boolean blank(FileTable.Row row) {
    return row.cells().stream().allMatch(cell -> cell == null || cell.isBlank());
  }

  /** Shares (45.5, 0.455) scale to whole counts in the same ratio, which the survey rule reads. */
  static final class SurveyScore {

    private SurveyScore() {}

    static Optional<BigDecimal> of(Criterion leaf, Map<String, BigDecimal> answers) {
      int scale =
          answers.values().stream()
              .mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale()))
              .max()
              .orElse(0);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (var answer : answers.entrySet()) {
        BigDecimal whole = answer.getValue().movePointRight(Math.min(scale, 6));
        try {
          counts.put(answer.getKey(), whole.setScale(0, RoundingMode.HALF_UP).intValueExact());
        } catch (ArithmeticException e) {
          return Optional.empty();
        }
      }
      return leaf.methodOrManual().score(leaf.maxPoints(), ScoreInput.ofAnswers(counts));
    }
  }
}
