package vn.parindex.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.assessment.results.NewUnits;
import vn.parindex.assessment.results.ResultImport;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The 17 other communes of Vĩnh Linh in 2024, so that Vĩnh Chấp's rank is computed, not only
 * stated: the seed says 11th of 18 but gives none of the others' scores. Their names say they are
 * demo data ("Xã minh họa 01 (DEMO)"), and so do their invented totals, published through the
 * results import a district's officer uses, on the same 2024 criteria set. Ten stand above Vĩnh
 * Chấp's 63,53 and seven below; the tenth (63,58) is close enough that 100 % online payment (2.3,
 * +0,10) would have passed it, so the what-if shows a rank that moves. Made after the current round
 * opens: they take no part in it.
 */
@Component
class DemoPeers {

  static final int COUNT = 17;

  /** The others' totals of 70, best first (Vĩnh Chấp's 63,53 falls between 63,58 and 63,21). */
  static final List<String> TOTALS =
      List.of(
          "67.85", "67.20", "66.74", "66.10", "65.62", "65.05", "64.48", "64.12", "63.87", "63.58",
          "63.21", "62.64", "61.90", "61.15", "60.32", "59.48", "58.06");

  /** The 2024 set's areas (maxima 21, 19.5, 12, 7, 10.5), in hundredths of a point. */
  private static final int[] AREA_MAX = {2100, 1950, 1200, 700, 1050};

  /** Vĩnh Chấp's losses by area (2.39, 0.55, 1, 2.5, 0.03): each peer's spread like it, rotated. */
  private static final int[] AREA_LOSS = {239, 55, 100, 250, 3};

  private final Units units;
  private final ResultImport results;

  DemoPeers(Units units, ResultImport results) {
    this.units = units;
    this.results = results;
  }

  /** Creates the communes under {@code district} and publishes their 2024 results. */
  void publish(Unit district, Actor by) {
    StringBuilder csv = new StringBuilder("Mã đơn vị,Tên đơn vị,1,2,3,4,5,Tổng điểm\n");
    for (int i = 0; i < COUNT; i++) {
      String number = String.format("%02d", i + 1);
      Unit unit =
          units.save(
              new Unit(
                  null,
                  "DEMO-VL-" + number,
                  "Xã minh họa " + number + " (DEMO)",
                  UnitType.COMMUNE,
                  district.id(),
                  null,
                  null,
                  true));
      csv.append(unit.code()).append(',').append(unit.name());
      for (int points : areas(TOTALS.get(i), i)) {
        csv.append(',').append(decimal(points));
      }
      csv.append(',').append(TOTALS.get(i)).append('\n');
    }
    results.importTable(
        by,
        district.code(),
        2024,
        "ket-qua-chi-so-cchc-xa-2024-demo.csv",
        csv.toString().getBytes(StandardCharsets.UTF_8),
        NewUnits.NONE);
  }

  /**
   * The area points of a total: its loss spread over the areas in Vĩnh Chấp's proportions (rotated
   * by {@code shift} so that the communes differ), each within its maximum, summing exactly.
   */
  static int[] areas(String total, int shift) {
    int loss = 7000 - hundredths(total);
    int weights = 0;
    for (int w : AREA_LOSS) {
      weights += w;
    }
    int[] lost = new int[AREA_MAX.length];
    int left = loss;
    for (int a = 0; a < lost.length; a++) {
      int share = AREA_LOSS[(a + shift) % AREA_LOSS.length] * loss / weights;
      lost[a] = Math.min(share, AREA_MAX[a]);
      left -= lost[a];
    }
    for (int a = 0; left > 0; a = (a + 1) % lost.length) {
      if (lost[a] < AREA_MAX[a]) {
        lost[a]++;
        left--;
      }
    }
    int[] points = new int[AREA_MAX.length];
    for (int a = 0; a < points.length; a++) {
      points[a] = AREA_MAX[a] - lost[a];
    }
    return points;
  }

  private static int hundredths(String decimal) {
    return new BigDecimal(decimal).movePointRight(2).intValueExact();
  }

  private static String decimal(int hundredths) {
    return BigDecimal.valueOf(hundredths, 2).toPlainString();
  }
}
