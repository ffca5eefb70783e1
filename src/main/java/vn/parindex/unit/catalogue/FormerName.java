package vn.parindex.unit.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.input.Text;
import vn.parindex.unit.PlaceName;

/**
 * A former unit as the catalogue's {@code merged_from} names it: "Xã Vĩnh Chấp", "Phường 15 (Quận
 * 10)" (the former district, when the list states it) or "Phường Kim Mã (phần còn lại sau khi sáp
 * nhập vào phường Ba Đình)" (a part of it). {@code text} is the name as written, for reports.
 */
record FormerName(String text, PlaceName place, String districtKey) {

  private static final Pattern DISTRICT =
      Pattern.compile("^(?:huyện|quận|thị xã|thành phố)\\s+(.+)$");
  private static final Pattern NOTE = Pattern.compile("\\s*\\(([^()]*)\\)\\s*");
  private static final String UNCHANGED = "giữ nguyên";

  /** Splits on commas outside brackets; "giữ nguyên" (unchanged) names the unit itself. */
  static List<FormerName> list(String raw, String ownName) {
    String text = Text.clean(raw == null ? "" : raw);
    if (text.isEmpty()) {
      return List.of();
    }
    if (text.equalsIgnoreCase(UNCHANGED)) {
      return List.of(of(ownName));
    }
    List<FormerName> names = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        add(names, current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    add(names, current.toString());
    return names;
  }

  /** A province's list: "tỉnh Quảng Bình và tỉnh Quảng Trị", "TPHCM, tỉnh Bình Dương …". */
  static List<FormerName> provinces(String raw, String ownName) {
    String text = Text.clean(raw == null ? "" : raw);
    if (text.isEmpty() || text.equalsIgnoreCase(UNCHANGED)) {
      return List.of(of(ownName));
    }
    List<FormerName> names = new ArrayList<>();
    for (String part : text.split(",|\\s+và\\s+")) {
      String name = part.strip().equalsIgnoreCase("TPHCM") ? "Thành phố Hồ Chí Minh" : part;
      add(names, name);
    }
    return names;
  }

  static FormerName of(String raw) {
    String text = Text.clean(raw);
    String district = null;
    Matcher note = NOTE.matcher(text);
    while (note.find()) {
      Matcher d = DISTRICT.matcher(note.group(1).strip().toLowerCase(Locale.ROOT));
      if (d.matches()) {
        district = PlaceName.key(d.group(1));
      }
    }
    String bare = NOTE.matcher(text).replaceAll(" ").strip();
    return new FormerName(text, PlaceName.parse(bare), district);
  }

  private static void add(List<FormerName> names, String raw) {
    if (!Text.clean(raw).isEmpty()) {
      names.add(of(raw));
    }
  }
}
