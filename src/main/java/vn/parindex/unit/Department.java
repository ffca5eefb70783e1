package vn.parindex.unit;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A department (bộ phận, công chức chuyên môn) of a unit: Văn phòng – Thống kê, Tài chính – Kế
 * toán, Bộ phận một cửa, Công an xã … Deactivated departments keep their tasks but take no new
 * ones.
 */
public record Department(Long id, long unitId, String name, String kind, boolean active) {

  /** The departments most communes keep, offered in one click on a unit without any. */
  public static final java.util.List<String> STANDARD =
      java.util.List.of(
          "Văn phòng – Thống kê",
          "Tài chính – Kế toán",
          "Tư pháp – Hộ tịch",
          "Văn hóa – Xã hội",
          "Bộ phận một cửa",
          "Công an xã");

  /**
   * Whether a plan's "responsible" text names this department: any part of the name between dashes
   * ("Tài chính", "Kế toán"), without a leading "Bộ phận"/"Công chức", found in the text.
   */
  public boolean namedIn(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String haystack = fold(text);
    for (String part : name.split("[–—-]")) {
      String p = fold(part).replaceFirst("^(bo phan|cong chuc|ban)\\s+", "").strip();
      if (p.length() >= 4 && haystack.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
