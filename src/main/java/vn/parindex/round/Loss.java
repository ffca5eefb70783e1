package vn.parindex.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the points of one criterion went, from the stages kept side by side: not done (max − self),
 * cut by appraisal (self − round 1), recovered by explanation (round 2 − round 1, a gain) and lost
 * in the end (max − final). A stage never reached keeps the points of the stage before; a leaf the
 * unit never claimed counts 0 as its self points.
 */
public record Loss(
    BigDecimal max, BigDecimal notDone, BigDecimal cut, BigDecimal recovered, BigDecimal lost) {

  /** The kind of a plan line's loss that the unit did not claim. */
  public static final String NOT_DONE = "NOT_DONE";

  /** The kind of a plan line's loss that appraisal took away. */
  public static final String CUT = "CUT";

  public static final Loss NONE =
      new Loss(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  static Loss of(
      BigDecimal max, BigDecimal self, BigDecimal round1, BigDecimal round2, BigDecimal last) {
    BigDecimal s = self == null ? BigDecimal.ZERO : self;
    BigDecimal r1 = round1 == null ? s : round1;
    BigDecimal r2 = round2 == null ? r1 : round2;
    BigDecimal fin = last == null ? r2 : last;
    return new Loss(max, max.subtract(s), s.subtract(r1), r2.subtract(r1), max.subtract(fin));
  }

  /** The sum over several units (or criteria). */
  Loss plus(Loss other) {
    return new Loss(
        max.add(other.max),
        notDone.add(other.notDone),
        cut.add(other.cut),
        recovered.add(other.recovered),
        lost.add(other.lost));
  }

  /** Of the final loss, the part the unit never claimed (0..lost). */
  public BigDecimal lostNotDone() {
    return notDone.max(BigDecimal.ZERO).min(lost.max(BigDecimal.ZERO));
  }

  /** Of the final loss, the part appraisal took and explanation did not bring back. */
  public BigDecimal lostCut() {
    return lost.max(BigDecimal.ZERO).subtract(lostNotDone());
  }

  /** The points recovered, as a chart can stack them: 0..what was cut. */
  public BigDecimal recoveredShown() {
    return recovered.max(BigDecimal.ZERO).min(cut.max(BigDecimal.ZERO));
  }

  /** Whether anything happened to the criterion worth showing: lost, cut or recovered. */
  boolean any() {
    return lost.signum() != 0 || cut.signum() != 0 || recovered.signum() != 0;
  }

  /** The kinds of the final loss, in the order of the cycle ({@link #NOT_DONE}, {@link #CUT}). */
  public List<String> kinds() {
    List<String> kinds = new ArrayList<>();
    if (lostNotDone().signum() > 0) {
      kinds.add(NOT_DONE);
    }
    if (lostCut().signum() > 0) {
      kinds.add(CUT);
    }
    return kinds;
  }
}
