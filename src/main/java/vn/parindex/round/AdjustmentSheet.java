package vn.parindex.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.framework.SetRules;
import vn.parindex.unit.Unit;

/**
 * The bonus and penalty block of a unit's page: its entries, what each cap leaves, and whether the
 * reader may change them now; the page's add and remove go through the same whole-list save.
 */
@Component
public class AdjustmentSheet {

  public record AdjustmentBlock(
      List<Adjustment> adjustments,
      int version,
      BigDecimal bonus,
      BigDecimal penalty,
      BigDecimal bonusMax,
      BigDecimal penaltyMax,
      boolean canEdit) {}

  private final RoundLoader loader;
  private final Rounds rounds;
  private final Adjustments adjustments;
  private final UnitAdjustments saving;
  private final RoundAccess access;
  private final Clock clock;

  AdjustmentSheet(
      RoundLoader loader,
      Rounds rounds,
      Adjustments adjustments,
      UnitAdjustments saving,
      RoundAccess access,
      Clock clock) {
    this.loader = loader;
    this.rounds = rounds;
    this.adjustments = adjustments;
    this.saving = saving;
    this.access = access;
    this.clock = clock;
  }

  public AdjustmentBlock block(long roundId, String unitCode) {
    Unit unit = loader.unit(unitCode);
    access.checkRead(unit.id());
    Round round = loader.round(roundId);
    RoundUnit row = loader.row(roundId, unit);
    return block(row, loader.set(round).rules(), access.mayAppraise(unit.id()));
  }

  /** The unit page's block, from its one read of the unit. */
  public AdjustmentBlock block(UnitRead read) {
    return block(read.row(), read.set().rules(), read.may().appraise());
  }

  private AdjustmentBlock block(RoundUnit row, SetRules rules, boolean appraiser) {
    Adjustments.Listed listed = adjustments.listed(row.id());
    List<Adjustment> list = listed.adjustments();
    boolean inAppraisal =
        EnumSet.of(
                RoundState.SUBMITTED,
                RoundState.APPRAISED_1,
                RoundState.EXPLAINED,
                RoundState.APPRAISED_2)
            .contains(row.state());
    boolean capped = rules.bonusMax().signum() > 0 || rules.penaltyMax().signum() > 0;
    return new AdjustmentBlock(
        list,
        listed.version(),
        Adjustment.sum(list, Adjustment.Kind.BONUS),
        Adjustment.sum(list, Adjustment.Kind.PENALTY),
        rules.bonusMax(),
        rules.penaltyMax(),
        capped && inAppraisal && appraiser);
  }

  /** The page's add: the list the reader saw, plus one entry. */
  public void add(
      long roundId,
      String unitCode,
      String kind,
      String reason,
      BigDecimal amount,
      Integer version,
      Actor by) {
    Unit unit = loader.unit(unitCode);
    access.checkAppraise(unit.id());
    Adjustment.Kind parsed =
        Adjustment.kind(kind).orElseThrow(() -> Refusal.field("kind", "adjustment.kind", 1));
    List<Adjustment> list = new ArrayList<>(current(roundId, unit));
    list.add(new Adjustment(parsed, reason, amount));
    saving.replace(roundId, unit, list, version, by, by.day(clock));
  }

  /** The page's remove: the list the reader saw, without its entry at {@code index} (from 0). */
  public void remove(long roundId, String unitCode, int index, Integer version, Actor by) {
    Unit unit = loader.unit(unitCode);
    access.checkAppraise(unit.id());
    List<Adjustment> list = new ArrayList<>(current(roundId, unit));
    if (index < 0 || index >= list.size()) {
      throw Refusal.step("adjust.stale");
    }
    list.remove(index);
    saving.replace(roundId, unit, list, version, by, by.day(clock));
  }

  private List<Adjustment> current(long roundId, Unit unit) {
    return adjustments.of(loader.row(roundId, unit).id());
  }
}
