package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.parindex.input.Text;

/**
 * What each plan line's criterion recovered the next year: points(Y) − points(Y−1), the criterion
 * found next year by the same code, or — when the code now names another criterion or is gone — by
 * the same name. Not comparable when it is found neither way, or when either year has no figure.
 */
final class Recovery {

  enum Status {
    IMPROVED,
    UNCHANGED,
    WORSE,
    NOT_COMPARABLE
  }

  enum MatchedBy {
    CODE,
    NAME
  }

  /** A criterion's points in one year's scores. */
  record Points(String code, String name, BigDecimal points) {}

  /** A plan line (not an area heading) with the points the plan recorded for it. */
  record Line(int position, String code, String content, BigDecimal planPoints) {}

  record Result(
      int position,
      String code,
      String content,
      BigDecimal before,
      String nextCode,
      BigDecimal after,
      BigDecimal recovered,
      Status status,
      MatchedBy matchedBy) {}

  private Recovery() {}

  /**
   * @param before last year's scores by code (the assessment the plan was made from; the plan's own
   *     figure stands in when the code is not there)
   * @param after the next year's scores, every node
   */
  static List<Result> compute(List<Line> lines, Map<String, Points> before, List<Points> after) {
    Map<String, Points> afterByCode = new HashMap<>();
    Map<String, List<Points>> afterByName = new HashMap<>();
    for (Points p : after) {
      afterByCode.put(p.code(), p);
      afterByName.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
    }
    List<Result> results = new ArrayList<>();
    for (Line line : lines) {
      Points was = line.code() == null ? null : before.get(line.code());
      BigDecimal old = was != null && was.points() != null ? was.points() : line.planPoints();
      String name = was != null ? was.name() : line.content();
      Points sameCode = line.code() == null ? null : afterByCode.get(line.code());
      Points match = null;
      MatchedBy by = null;
      if (sameCode != null && key(sameCode.name()).equals(key(name))) {
        match = sameCode;
        by = MatchedBy.CODE;
      } else {
        List<Points> sameName = afterByName.getOrDefault(key(name), List.of());
        if (sameName.size() == 1) {
          match = sameName.get(0);
          by = MatchedBy.NAME;
        } else if (sameCode != null) {
          match = sameCode;
          by = MatchedBy.CODE;
        }
      }
      if (match == null || match.points() == null || old == null) {
        results.add(
            new Result(
                line.position(),
                line.code(),
                line.content(),
                old,
                match == null ? null : match.code(),
                match == null ? null : match.points(),
                null,
                Status.NOT_COMPARABLE,
                by));
        continue;
      }
      BigDecimal recovered = match.points().subtract(old);
      Status status =
          recovered.signum() > 0
              ? Status.IMPROVED
              : recovered.signum() < 0 ? Status.WORSE : Status.UNCHANGED;
      results.add(
          new Result(
              line.position(),
              line.code(),
              line.content(),
              old,
              match.code(),
              match.points(),
              recovered,
              status,
              by));
    }
    return results;
  }

  /** Names compare in NFC, case-insensitively, ignoring spacing and final punctuation. */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    return Text.clean(name)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .replaceAll("[\\s.;:,]+$", "")
        .strip();
  }
}
