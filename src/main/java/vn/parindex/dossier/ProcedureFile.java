package vn.parindex.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.FileTable;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.TableFiles;
import vn.parindex.input.Text;

/**
 * A procedure catalogue read all or nothing: JSON ({@code {"data":[{"MaTTHC":…}]}}, streamed) or a
 * CSV/XLSX table with Vietnamese or portal headings. Every problem names the row (or the record's
 * place in {@code data}) and the field; the same code twice with different contents is refused.
 */
final class ProcedureFile {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<String, Procedure> byCode = new HashMap<>();
  private final List<Procedure> procedures = new ArrayList<>();

  static List<Procedure> json(InputStream in) {
    ProcedureFile file = new ProcedureFile();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          if (p.nextToken() == JsonToken.START_ARRAY && "data".equals(name)) {
            file.records(p);
          } else {
            p.skipChildren();
          }
        }
      } else if (first == JsonToken.START_ARRAY) {
        file.records(p);
      }
    } catch (JacksonException e) {
      var at = e.getLocation();
      throw new InvalidInputException(
          InputProblem.ofFile(
              "dossier.ingest.json.malformed",
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr()));
    }
    return file.result();
  }

  static List<Procedure> table(String fileName, InputStream in, FileLimits limits)
      throws IOException {
    String name = FileKind.safeName(fileName);
    byte[] content = in.readAllBytes();
    FileKind kind = FileKind.check(name, content);
    if (kind != FileKind.CSV && kind != FileKind.XLSX) {
      throw new InvalidInputException(InputProblem.ofFile("dossier.ingest.file.kind", name));
    }
    List<FileTable> tables = TableFiles.read(kind, name, content, limits, (i, n) -> i == 0);
    List<FileTable.Row> rows = tables.isEmpty() ? List.of() : tables.get(0).rows();
    if (rows.isEmpty()) {
      throw new InvalidInputException(InputProblem.ofFile("dossier.ingest.empty", name));
    }
    ProcedureFile file = new ProcedureFile();
    FileTable.Row header = rows.get(0);
    Map<ProcedureColumn, Integer> index = new EnumMap<>(ProcedureColumn.class);
    Map<ProcedureColumn, String> written = new EnumMap<>(ProcedureColumn.class);
    for (int i = 0; i < header.cells().size(); i++) {
      String heading = Text.lineOrNull(header.cell(i));
      if (heading == null) {
        continue;
      }
      var column = ProcedureColumn.named(heading);
      if (column.isEmpty() || index.putIfAbsent(column.get(), i) != null) {
        file.problems.add(
            InputProblem.of(header.number(), heading, "dossier.ingest.column.unknown", heading));
      } else {
        written.put(column.get(), heading);
      }
    }
    for (ProcedureColumn c : ProcedureColumn.values()) {
      if (c.required() && !index.containsKey(c)) {
        file.problems.add(
            InputProblem.of(
                header.number(), c.heading(), "dossier.ingest.column.missing", c.heading()));
      }
    }
    if (!file.problems.isEmpty()) {
      throw new InvalidInputException(file.problems);
    }
    for (FileTable.Row row : rows.subList(1, rows.size())) {
      Map<ProcedureColumn, String> values = new EnumMap<>(ProcedureColumn.class);
      index.forEach((c, at) -> values.put(c, Text.lineOrNull(row.cell(at))));
      file.add(values, row.number(), c -> written.getOrDefault(c, c.heading()));
    }
    return file.result();
  }

  private void records(JsonParser p) {
    int i = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
      String path = "data[" + i + "].";
      Map<ProcedureColumn, String> values = new EnumMap<>(ProcedureColumn.class);
      if (t == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          var column = ProcedureColumn.named(p.currentName());
          JsonToken v = p.nextToken();
          if (column.isPresent() && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
            values.put(column.get(), Text.lineOrNull(p.getString()));
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
      add(values, 0, c -> path + c.portalName());
      if (problems.size() >= DossierBatch.MAX_PROBLEMS) {
        throw new InvalidInputException(problems);
      }
    }
  }

  private void add(
      Map<ProcedureColumn, String> v, int row, Function<ProcedureColumn, String> names) {
    if (v.values().stream().allMatch(x -> x == null)) {
      return;
    }
    int before = problems.size();
    String code = v.get(ProcedureColumn.CODE);
    String who = code == null ? "?" : code;
    String name = v.get(ProcedureColumn.NAME);
    if (code == null || code.length() > DossierCheck.MAX_CODE) {
      problems.add(
          InputProblem.of(row, names.apply(ProcedureColumn.CODE), "dossier.ingest.procedure.code"));
    }
    if (name == null || name.length() > 1000) {
      problems.add(
          InputProblem.of(
              row, names.apply(ProcedureColumn.NAME), "dossier.ingest.procedure.name", who));
    }
    int level = level(v.get(ProcedureColumn.LEVEL));
    if (level == 0) {
      problems.add(
          InputProblem.of(
              row,
              names.apply(ProcedureColumn.LEVEL),
              "dossier.ingest.procedure.level",
              who,
              String.valueOf(v.get(ProcedureColumn.LEVEL))));
    }
    Boolean fee = flag(v.get(ProcedureColumn.FEE));
    Boolean paper = flag(v.get(ProcedureColumn.PAPER));
    for (var c : new ProcedureColumn[] {ProcedureColumn.FEE, ProcedureColumn.PAPER}) {
      if (flag(v.get(c)) == null) {
        problems.add(InputProblem.of(row, names.apply(c), "dossier.ingest.flag", who, v.get(c)));
      }
    }
    if (problems.size() > before) {
      return;
    }
    Procedure procedure = new Procedure(code, name, level, fee, paper);
    Procedure first = byCode.putIfAbsent(code, procedure);
    if (first == null) {
      procedures.add(procedure);
    } else if (!first.equals(procedure)) {
      problems.add(
          InputProblem.of(
              row, names.apply(ProcedureColumn.CODE), "dossier.ingest.procedure.twice", code));
    }
  }

  /** 2, 3, 4 or the level's words ("toàn trình" 4, "một phần" 3, "thông tin" 2); 0 otherwise. */
  static int level(String text) {
    if (text == null) {
      return 0;
    }
    String folded = DossierColumn.fold(text).toLowerCase(Locale.ROOT);
    return switch (folded) {
      case "4", "muc4", "mucdo4", "toantrinh", "dvctructuyentoantrinh" -> 4;
      case "3", "muc3", "mucdo3", "motphan", "dvctructuyenmotphan" -> 3;
      case "2", "muc2", "mucdo2", "thongtin", "cungcapthongtin", "cungcapthongtintructuyen" -> 2;
      default -> 0;
    };
  }

  /** Yes or no; an empty cell is no; null when neither. */
  private static Boolean flag(String text) {
    if (text == null) {
      return false;
    }
    return switch (DossierColumn.fold(text)) {
      case "1", "true", "co", "x", "yes" -> true;
      case "0", "false", "khong", "no" -> false;
      default -> null;
    };
  }

  private List<Procedure> result() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return procedures;
  }
}
