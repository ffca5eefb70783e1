package vn.parindex.framework;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Text;

/**
 * The header row of a criteria table: which column holds which field. English or Vietnamese names,
 * with or without diacritics, any case ("Mã tiêu chí", "ma", "code" all name the code).
 */
final class TableColumns {

  static final List<String> FIELDS = List.of("code", "name", "max", "method", "params", "source");

  private static final Map<String, List<String>> NAMES =
      Map.of(
          "code", List.of("code", "ma", "ma tieu chi", "ma so"),
          "name", List.of("name", "ten", "ten tieu chi", "noi dung", "noi dung tieu chi"),
          "max", List.of("max points", "max", "diem chuan", "diem toi da"),
          "method", List.of("method", "phuong phap cham", "cach cham", "phuong phap"),
          "params", List.of("params", "tham so"),
          "source", List.of("source", "nguon so lieu", "nguon"));

  private static final Map<String, String> DISPLAY =
      Map.of(
          "code", "code / Mã tiêu chí",
          "name", "name / Tên tiêu chí / Nội dung",
          "max", "max_points / Điểm chuẩn / Điểm tối đa",
          "method", "method / Phương pháp chấm / Cách chấm",
          "params", "params / Tham số",
          "source", "source / Nguồn số liệu");

  private static final List<String> REQUIRED = List.of("code", "name", "max");

  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final Map<String, String> written = new LinkedHashMap<>();

  /** Reads the header cells; unknown, repeated and missing columns go to {@code problems}. */
  TableColumns(int row, List<String> headers, List<InputProblem> problems) {
    for (int i = 0; i < headers.size(); i++) {
      String header = Text.clean(headers.get(i));
      if (header == null || header.isEmpty()) {
        continue;
      }
      String field = field(header);
      if (field == null) {
        problems.add(InputProblem.of(row, header, "framework.column.unknown", header, accepted()));
      } else if (index.putIfAbsent(field, i) != null) {
        problems.add(InputProblem.of(row, header, "framework.column.duplicate", header));
      } else {
        written.put(field, header);
      }
    }
    for (String field : REQUIRED) {
      if (!index.containsKey(field)) {
        problems.add(InputProblem.of(row, null, "framework.column.missing", DISPLAY.get(field)));
      }
    }
  }

  boolean complete() {
    return index.keySet().containsAll(REQUIRED);
  }

  /** The cell index of a field, -1 when the table has no such column. */
  int indexOf(String field) {
    return index.getOrDefault(field, -1);
  }

  /** The header as the user wrote it, for messages. */
  String written(String field) {
    return written.getOrDefault(field, field);
  }

  /** Lower case, no diacritics, "đ" as "d", punctuation as spaces: "Điểm chuẩn" → "diem chuan". */
  static String fold(String text) {
    String folded =
        Normalizer.normalize(Text.clean(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd');
    return folded.replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static String field(String header) {
    String folded = fold(header);
    for (String field : FIELDS) {
      if (NAMES.get(field).contains(folded)) {
        return field;
      }
    }
    return null;
  }

  private static String accepted() {
    List<String> all = new ArrayList<>();
    FIELDS.forEach(f -> all.add(DISPLAY.get(f)));
    return String.join("; ", all);
  }
}
