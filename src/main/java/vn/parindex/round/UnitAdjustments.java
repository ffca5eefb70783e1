package vn.parindex.round;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;
import vn.parindex.input.Decimals;
import vn.parindex.unit.Unit;

/**
 * Saves a unit's bonus and penalty points as a whole list: entered by the appraiser while the unit
 * is in appraisal (submitted until appraised (2)), within the criteria set's caps, against the
 * version the appraiser saw (a second save of a stale page answers 409), audited old → new.
 */
@Service
class UnitAdjustments {

  static final String AUDIT = "ROUND_ADJUSTMENT";

  private static final Set<RoundState> IN_APPRAISAL =
      EnumSet.of(
          RoundState.SUBMITTED,
          RoundState.APPRAISED_1,
          RoundState.EXPLAINED,
          RoundState.APPRAISED_2);

  private final RoundLoader loader;
  private final Adjustments adjustments;
  private final AuditLog audit;

  UnitAdjustments(RoundLoader loader, Adjustments adjustments, AuditLog audit) {
    this.loader = loader;
    this.adjustments = adjustments;
    this.audit = audit;
  }

  /** The saved list and its new version. */
  record Saved(List<Adjustment> adjustments, int version) {}

  @Transactional
  Saved replace(
      long roundId, Unit unit, List<Adjustment> given, Integer version, Actor by, LocalDate today) {
    RoundLoader.Step step = loader.lock(roundId, unit, today);
    RoundUnit row = step.roundUnit();
    if (!IN_APPRAISAL.contains(row.state())) {
      throw Refusal.step("adjust.state", row.state().label());
    }
    List<Adjustment> checked = Adjustment.checked(given, step.set().rules());
    int current = adjustments.version(row.id());
    if (version != null && version != current) {
      throw Refusal.step("adjust.stale");
    }
    List<Adjustment> before = adjustments.of(row.id());
    if (!adjustments.replace(row.id(), current, checked, by.user().username(), by.stored())) {
      throw Refusal.step("adjust.stale");
    }
    audit.record(by, AUDIT, row.id(), "adjustments", text(before), text(checked));
    return new Saved(checked, current + 1);
  }

  private static String text(List<Adjustment> list) {
    return list.isEmpty()
        ? null
        : list.stream()
            .map(
                a ->
                    (a.kind() == Adjustment.Kind.BONUS ? "+" : "−")
                        + Decimals.plain(a.amount())
                        + " "
                        + a.reason())
            .collect(Collectors.joining("; "));
  }
}
