package vn.parindex.round;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.input.FileTable;
import vn.parindex.input.Text;

/**
 * The header of a survey file, in Vietnamese or English: unit code or name, criterion code, and
 * either the answers per option (A, B, C, D, as counts or shares) or the points. Other columns (a
 * survey tool's own) are left alone.
 */
final class SurveyColumns {

  static final String UNIT_CODE = "unitCode";
  static final String UNIT_NAME = "unitName";
  static final String CRITERION = "criterion";
  static final String POINTS = "points";

  private static final Map<String, Set<String>> NAMES =
      Map.of(
          UNIT_CODE, Set.of("ma don vi", "ma dv", "unit code", "unit", "code don vi"),
          UNIT_NAME, Set.of("ten don vi", "don vi", "unit name", "ten dv"),
          CRITERION,
              Set.of("ma tieu chi", "tieu chi", "criterion", "criterion code", "ma chi so", "code"),
          POINTS, Set.of("diem", "points", "diem dieu tra", "survey points", "so diem"));

  private static final Pattern OPTION =
      Pattern.compile("(?:phuong an |dap an |muc |option |answer )?([a-z])");

  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final Map<String, String> written = new LinkedHashMap<>();
  private final Map<String, Integer> options = new LinkedHashMap<>();

  SurveyColumns(FileTable.Row header) {
    List<String> cells = header.cells();
    for (int i = 0; i < cells.size(); i++) {
      String folded = fold(cells.get(i));
      String field = field(folded);
      if (field != null && !index.containsKey(field)) {
        index.put(field, i);
        written.put(field, Text.line(cells.get(i)));
        continue;
      }
      Matcher option = OPTION.matcher(folded);
      if (field == null && option.matches()) {
        String letter = option.group(1).toUpperCase(Locale.ROOT);
        options.putIfAbsent(letter, i);
        written.putIfAbsent(letter, Text.line(cells.get(i)));
      }
    }
  }

  boolean has(String field) {
    return index.containsKey(field);
  }

  int indexOf(String field) {
    return index.getOrDefault(field, -1);
  }

  /** The header as the file wrote it, for messages. */
  String written(String field) {
    return written.getOrDefault(field, field);
  }

  /** The answer options (A, B …) and their columns, in the file's order. */
  Map<String, Integer> options() {
    return options;
  }

  private static String field(String folded) {
    for (var names : NAMES.entrySet()) {
      if (names.getValue().contains(folded)) {
        return names.getKey();
      }
    }
    return null;
  }

  /** Lower case, no diacritics, "đ" as "d", punctuation as spaces: "Mã đơn vị" → "ma don vi". */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String folded =
        Normalizer.normalize(Text.clean(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd');
    return folded.replaceAll("[^a-z0-9]+", " ").strip();
  }
}
