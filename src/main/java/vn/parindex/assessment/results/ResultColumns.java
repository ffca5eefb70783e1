package vn.parindex.assessment.results;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.framework.CriterionCode;

/**
 * The columns of a results table, found by header, diacritics and case ignored: "Mã đơn vị", "Tên
 * đơn vị", "Tổng điểm", "Xếp hạng" (or code, name, total, rank), and area columns "1", "LV1", "Lĩnh
 * vực 1", "Area 1". Other columns (STT, Xếp loại …) are ignored.
 */
record ResultColumns(
    int code,
    int name,
    int total,
    int rank,
    Map<CriterionCode, Integer> areas,
    List<String> header) {

  private static final Pattern AREA =
      Pattern.compile("(?:linh vuc|lv|area|lĩnh vực)?\\s*\\.?\\s*(\\d{1,2})\\.?");

  static ResultColumns of(List<String> header) {
    int code = -1;
    int name = -1;
    int total = -1;
    int rank = -1;
    Map<CriterionCode, Integer> areas = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = fold(header.get(i));
      switch (h) {
        case "ma don vi", "ma", "ma dvhc", "code", "unit code" -> code = code < 0 ? i : code;
        case "ten don vi", "don vi", "ten", "name", "unit", "unit name" ->
            name = name < 0 ? i : name;
        case "tong diem", "tong", "diem", "total", "tong cong", "diem dat" ->
            total = total < 0 ? i : total;
        case "xep hang", "thu hang", "hang", "rank" -> rank = rank < 0 ? i : rank;
        default -> {
          Optional<CriterionCode> area = area(h);
          if (area.isPresent()) {
            areas.putIfAbsent(area.get(), i);
          }
        }
      }
    }
    return new ResultColumns(code, name, total, rank, areas, header);
  }

  static Optional<CriterionCode> area(String folded) {
    Matcher m = AREA.matcher(folded);
    return m.matches() ? CriterionCode.parse(m.group(1)) : Optional.empty();
  }

  /** Lower case, no diacritics, đ → d, single spaces: "Mã Đơn vị" → "ma don vi". */
  static String fold(String raw) {
    if (raw == null) {
      return "";
    }
    String text =
        Normalizer.normalize(raw.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    text = text.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return text.replaceAll("[\\s_:]+", " ").strip();
  }

  String headerOf(int index) {
    return index >= 0 && index < header.size() ? header.get(index) : "";
  }
}
