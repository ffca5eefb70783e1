package vn.parindex.framework;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The scoring methods seen in real criteria sets, with the names people write in tables. */
public enum MethodKind {
  MANUAL(List.of("manual", "thủ công", "chấm tay")),
  BINARY(List.of("binary", "đạt/không đạt", "có/không")),
  LEVELS(List.of("levels", "mức", "theo mức")),
  PROPORTIONAL(List.of("proportional", "tỷ lệ", "tỉ lệ")),
  THRESHOLD(List.of("threshold", "ngưỡng")),
  RATE_BANDS(List.of("rate_bands", "rate-bands", "khoảng tỷ lệ", "khoảng")),
  DEDUCTION(List.of("deduction", "trừ điểm", "khấu trừ")),
  SURVEY(List.of("survey", "điều tra", "điều tra xã hội học"));

  private final List<String> names;

  MethodKind(List<String> names) {
    this.names = names;
  }

  /** The lower-case code used in files: "rate_bands". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static String fold(String raw) {
    return Normalizer.normalize(raw.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('đ', 'd')
        .replaceAll("[\\s_-]+", " ");
  }

  public static Optional<MethodKind> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    // Compared without diacritics or case: "Tỷ lệ", "ty le" and "TỶ LỆ" are the same method.
    String text = fold(raw);
    for (MethodKind kind : values()) {
      if (fold(kind.name()).equals(text)
          || kind.names.stream().map(MethodKind::fold).anyMatch(text::equals)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
