package vn.parindex.unit;

import java.util.List;
import java.util.Locale;
import vn.parindex.input.Text;

/**
 * A place name split into its kind word ("xã", "phường", "đặc khu", "tỉnh" …) and the name proper,
 * as official lists and published tables write it: "Xã Vĩnh Chấp", "xã Vĩnh Chấp" and "Vĩnh Chấp"
 * (a unit of type COMMUNE) name the same commune. {@link #key} compares names regardless of case
 * and of the older tone placement ("Hoà" / "Hòa").
 */
public record PlaceName(String kind, String proper) {

  /** Longest first, so that "thị xã" is not read as "thị" + "xã …". */
  private static final List<String> KINDS =
      List.of(
          "thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "tỉnh", "huyện", "quận", "xã");

  private static final String[][] OLD_TONES = {
    {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
    {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
    {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"}
  };

  public static PlaceName parse(String raw) {
    String text = Text.clean(raw == null ? "" : raw);
    String lower = text.toLowerCase(Locale.ROOT);
    for (String kind : KINDS) {
      if (lower.startsWith(kind + " ") && text.length() > kind.length() + 1) {
        return new PlaceName(kind, text.substring(kind.length() + 1).strip());
      }
    }
    return new PlaceName(null, text);
  }

  /** The kind a unit's name states, else the one its type implies (null when it does not say). */
  public static PlaceName of(Unit unit) {
    PlaceName name = parse(unit.name());
    if (name.kind() != null) {
      return name;
    }
    String implied =
        switch (unit.type()) {
          case COMMUNE -> "xã";
          case WARD -> "phường";
          case TOWNSHIP -> "thị trấn";
          default -> null;
        };
    return new PlaceName(implied, name.proper());
  }

  /** For comparing: lower case, one tone placement. */
  public String key() {
    return key(proper);
  }

  public static String key(String text) {
    String key = Text.clean(text).toLowerCase(Locale.ROOT);
    for (String[] tone : OLD_TONES) {
      key = key.replace(tone[0], tone[1]);
    }
    return key;
  }

  /** Both say their kind and the kinds differ: "Xã Vĩnh Long" is not "Phường Vĩnh Long". */
  public boolean kindDiffers(PlaceName other) {
    return kind != null && other.kind != null && !kind.equals(other.kind);
  }

  /** "xã Vĩnh Chấp": the kind in lower case, as a sentence writes it. */
  public String sentenceLabel() {
    return kind == null ? proper : kind + " " + proper;
  }
}
