package vn.parindex.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.parindex.framework.SetRules;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Text;

/**
 * A bonus (điểm thưởng) or penalty (điểm trừ) of a unit in a round: its reason and a positive
 * amount. A unit's list is checked as a whole against the criteria set's caps, so an entry past
 * what is left under its cap is refused naming it.
 */
public record Adjustment(Kind kind, String reason, BigDecimal amount) {

  /** Added to the total, or taken from it. */
  public enum Kind {
    BONUS,
    PENALTY
  }

  static final int REASON_MAX = 1000;

  /**
   * The entries as given, each with its kind, in the order given; 422 naming the first field to
   * correct of each entry (its position and kind in the message), nothing kept otherwise.
   */
  static List<Adjustment> checked(List<Adjustment> given, SetRules rules) {
    List<InputProblem> problems = new ArrayList<>();
    BigDecimal bonus = BigDecimal.ZERO;
    BigDecimal penalty = BigDecimal.ZERO;
    List<Adjustment> kept = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Adjustment a = given.get(i);
      int position = i + 1;
      if (a == null || a.kind() == null) {
        problems.add(Refusal.problem("kind", "adjustment.kind", position));
        continue;
      }
      String kind = "round.adjustment." + a.kind().name();
      String reason = Text.cleanOrNull(a.reason());
      if (reason == null) {
        problems.add(Refusal.problem("reason", "adjustment.reason", position, label(kind)));
      } else if (reason.length() > REASON_MAX) {
        problems.add(Refusal.problem("reason", "tooLong", REASON_MAX));
      }
      if (a.amount() == null || a.amount().signum() <= 0) {
        problems.add(Refusal.problem("amount", "adjustment.amount", position, label(kind)));
        continue;
      }
      BigDecimal cap = a.kind() == Kind.BONUS ? rules.bonusMax() : rules.penaltyMax();
      BigDecimal used = a.kind() == Kind.BONUS ? bonus : penalty;
      if (used.add(a.amount()).compareTo(cap) > 0) {
        problems.add(
            Refusal.problem(
                "amount",
                "adjustment.cap",
                position,
                label(kind),
                a.amount(),
                cap.subtract(used).max(BigDecimal.ZERO),
                cap));
        continue;
      }
      if (a.kind() == Kind.BONUS) {
        bonus = bonus.add(a.amount());
      } else {
        penalty = penalty.add(a.amount());
      }
      kept.add(new Adjustment(a.kind(), reason, a.amount()));
    }
    Bounds.check(problems);
    return kept;
  }

  /** The sum of one kind's amounts. */
  static BigDecimal sum(List<Adjustment> list, Kind kind) {
    return list.stream()
        .filter(a -> a.kind() == kind)
        .map(Adjustment::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The kind as a message argument, read in the reader's language. */
  private static Object label(String key) {
    return new org.springframework.context.support.DefaultMessageSourceResolvable(key);
  }

  /** The kind named by a form or a request ("bonus", "penalty", "thưởng", "trừ"). */
  static Optional<Kind> kind(String raw) {
    String folded = SurveyColumns.fold(raw);
    return switch (folded) {
      case "bonus", "thuong", "diem thuong" -> Optional.of(Kind.BONUS);
      case "penalty", "tru", "diem tru" -> Optional.of(Kind.PENALTY);
      default -> Optional.empty();
    };
  }
}
