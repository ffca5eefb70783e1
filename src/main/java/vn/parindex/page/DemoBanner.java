package vn.parindex.page;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.parindex.unit.Units;

/**
 * Every page says so, in a banner, while demo data is in the database. The database is asked at
 * most every {@link #RECHECK} (not on every page view): demo units come and go only with the demo's
 * loading on an empty database, or by hand.
 */
@Component
class DemoBanner {

  static final Duration RECHECK = Duration.ofSeconds(30);

  private record Checked(boolean demo, long atNanos) {}

  private final Units units;
  private volatile Checked last;

  DemoBanner(Units units) {
    this.units = units;
  }

  boolean demo() {
    Checked checked = last;
    long now = System.nanoTime();
    if (checked == null || now - checked.atNanos() >= RECHECK.toNanos()) {
      checked = new Checked(units.anyDemo(), now);
      last = checked;
    }
    return checked.demo();
  }
}
