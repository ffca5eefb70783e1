package vn.parindex.round;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;
import vn.parindex.input.Decimals;

/**
 * What a unit's self-assessment is likely to lose at appraisal, said before the chairman submits:
 * points claimed without evidence, evidence dated outside the round's year or outside the
 * criterion's window (the seed lost 1.2 for propaganda done in December, outside its window), and a
 * typed rate that disagrees with its numerator ÷ denominator; and first of all a criterion not
 * self-assessed at all (the seed lost 4.2 for indicators "chưa nhập"). Warnings, not refusals: the
 * unit may still submit once its chairman has seen them.
 */
final class Warnings {

  /** One warning: the criterion, a message key of the round bundle and its arguments. */
  record Found(String code, String key, List<Object> args) {

    /** The criterion has no self-assessment at all. */
    boolean notAssessed() {
      return NOT_ASSESSED.equals(key);
    }
  }

  /** The key of a criterion not self-assessed. */
  static final String NOT_ASSESSED = "round.warning.notAssessed";

  /** A cited document as the warnings need it. */
  record Cited(String number, LocalDate date) {}

  /** Beyond this many percentage points a typed rate disagrees with its ratio. */
  static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.01");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Warnings() {}

  static List<Found> of(
      int year,
      List<Criterion> leaves,
      Map<String, Entry> entries,
      Map<Long, Cited> documents,
      Function<Criterion, List<Obligation>> obligations) {
    List<Found> found = new ArrayList<>();
    for (Criterion leaf : leaves) {
      String code = leaf.code().value();
      Entry entry = entries.get(code);
      if (leaf.methodOrManual().kind() == MethodKind.SURVEY) {
        continue; // surveyed, not self-scored
      }
      if (entry == null || entry.selfPoints == null) {
        found.add(new Found(code, NOT_ASSESSED, List.of()));
      }
      if (entry == null) {
        continue;
      }
      if (entry.selfPoints != null
          && entry.selfPoints.signum() > 0
          && entry.selfEvidence.isEmpty()) {
        found.add(found(code, "noEvidence", entry.selfPoints));
      }
      for (Long id : entry.selfEvidence) {
        Cited doc = documents.get(id);
        if (doc != null && doc.date() != null) {
          dated(code, doc, year, obligations.apply(leaf), found);
        }
      }
      rate(code, entry.self, found);
    }
    return found;
  }

  private static void dated(
      String code, Cited doc, int year, List<Obligation> obligations, List<Found> found) {
    LocalDate day = doc.date();
    if (day.getYear() != year) {
      found.add(found(code, "outsideYear", doc.number(), Days.day(day), String.valueOf(year)));
      return;
    }
    List<Obligation> windows =
        obligations.stream().filter(o -> o.kind() == ObligationKind.WINDOW).toList();
    boolean inAWindow =
        windows.stream()
            .anyMatch(o -> !day.isBefore(o.startIn(year)) && !day.isAfter(o.endIn(year)));
    if (!windows.isEmpty() && !inAWindow) {
      Obligation first = windows.get(0);
      found.add(
          found(
              code,
              "outsideWindow",
              doc.number(),
              Days.day(day),
              Days.day(first.startIn(year)),
              Days.day(first.endIn(year))));
    }
    obligations.stream()
        .filter(o -> o.kind() == ObligationKind.DEADLINE && o.to() != null)
        .filter(o -> day.isAfter(o.endIn(year)))
        .findFirst()
        .ifPresent(
            o ->
                found.add(
                    found(
                        code,
                        "afterDeadline",
                        doc.number(),
                        Days.day(day),
                        Days.day(o.endIn(year)))));
  }

  /** A rate typed beside its numerator and denominator must be their ratio, in percent. */
  private static void rate(String code, SelfInput self, List<Found> found) {
    if (self.rate() == null
        || self.numerator() == null
        || self.denominator() == null
        || self.denominator().signum() == 0) {
      return;
    }
    BigDecimal ratio =
        self.numerator().multiply(HUNDRED).divide(self.denominator(), MathContext.DECIMAL64);
    if (ratio.subtract(self.rate()).abs().compareTo(RATE_TOLERANCE) > 0) {
      found.add(
          found(
              code,
              "rate",
              Decimals.plain(self.rate()),
              Decimals.plain(self.numerator()),
              Decimals.plain(self.denominator()),
              Decimals.plain(ratio.setScale(2, java.math.RoundingMode.HALF_UP))));
    }
  }

  private static Found found(String code, String key, Object... args) {
    return new Found(code, "round.warning." + key, List.of(args));
  }
}
