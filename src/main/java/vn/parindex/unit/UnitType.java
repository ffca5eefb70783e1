package vn.parindex.unit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Kinds of administrative unit; a criteria set is issued per unit type. */
public enum UnitType {
  PROVINCE("tỉnh"),
  DISTRICT("huyện"),
  COMMUNE("xã"),
  WARD("phường"),
  TOWNSHIP("thị trấn"),
  DEPARTMENT("sở");

  private final String vietnamese;

  UnitType(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }

  /** Accepts the English constant or the Vietnamese word, any case. */
  public static Optional<UnitType> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    for (UnitType type : values()) {
      if (type.name().equalsIgnoreCase(text) || type.vietnamese.equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
