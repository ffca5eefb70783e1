package vn.parindex.dossier;

import java.time.LocalDateTime;

/** Local times packed as yyyyMMddHHmmss numbers: ordered as the times are, 8 bytes each. */
final class Stamps {

  private Stamps() {}

  static long pack(LocalDateTime t) {
    if (t == null) {
      return 0;
    }
    return t.getYear() * 10_000_000_000L
        + t.getMonthValue() * 100_000_000L
        + t.getDayOfMonth() * 1_000_000L
        + t.getHour() * 10_000L
        + t.getMinute() * 100L
        + t.getSecond();
  }

  static LocalDateTime unpack(long packed) {
    if (packed == 0) {
      return null;
    }
    return LocalDateTime.of(
        (int) (packed / 10_000_000_000L),
        (int) (packed / 100_000_000L % 100),
        (int) (packed / 1_000_000L % 100),
        (int) (packed / 10_000L % 100),
        (int) (packed / 100L % 100),
        (int) (packed % 100));
  }
}
