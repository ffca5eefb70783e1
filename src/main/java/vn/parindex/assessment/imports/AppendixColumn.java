package vn.parindex.assessment.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of a score table's appendix ("STT | Nội dung | Điểm chuẩn | Số điểm | Lí do mất điểm
 * | Biện pháp khắc phục | Ghi chú"), recognised by the names people write, with or without
 * diacritics, in any case, Vietnamese or English.
 */
enum AppendixColumn {
  CODE(
      "STT",
      true,
      List.of("stt", "so tt", "so thu tu", "ma", "ma so", "ma tieu chi", "tt", "code")),
  CONTENT(
      "Nội dung",
      true,
      List.of("noi dung", "tieu chi", "linh vuc", "content", "name", "criterion")),
  MAX(
      "Điểm chuẩn",
      true,
      List.of("diem chuan", "diem toi da", "thang diem", "max", "max points", "max_points")),
  POINTS(
      "Số điểm",
      true,
      List.of("so diem", "diem dat", "diem dat duoc", "diem", "ket qua", "points", "score")),
  REASON("Lí do mất điểm", false, List.of("li do", "ly do", "reason", "nguyen nhan")),
  MEASURE("Biện pháp khắc phục", false, List.of("bien phap", "giai phap", "measure", "remedy")),
  NOTE("Ghi chú", false, List.of("ghi chu", "note", "notes"));

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9/_ ]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String header;
  private final boolean required;
  private final List<String> names;

  AppendixColumn(String header, boolean required, List<String> names) {
    this.header = header;
    this.required = required;
    this.names = names;
  }

  /** The column's name in the standard layout, used when a table lacks it. */
  String header() {
    return header;
  }

  boolean required() {
    return required;
  }

  /** The column a header cell names, if any ("Nội dung/tiêu chí … bị mất điểm" is CONTENT). */
  static Optional<AppendixColumn> match(String header) {
    String text = fold(header);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (AppendixColumn column : values()) {
      for (String name : column.names) {
        boolean prefix = name.length() > 3 && text.startsWith(name + " ");
        boolean slash = text.startsWith(name + "/");
        if (text.equals(name) || prefix || slash) {
          return Optional.of(column);
        }
      }
    }
    return Optional.empty();
  }

  /** Lower case, no diacritics, đ as d, punctuation other than "/" and "_" as spaces. */
  static String fold(String raw) {
    if (raw == null) {
      return "";
    }
    String text = MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("");
    text = text.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    text = OTHER.matcher(TAGS.matcher(text).replaceAll(" ")).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
