package vn.parindex.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.unit.Unit;

/**
 * A unit's bonus and penalty points in a round over REST. PUT replaces the whole list (a retry
 * stores the same list again, never a second copy); with {@code version}, a list saved by someone
 * else meanwhile answers 409.
 */
@RestController
@RequestMapping("/api/v1/rounds/{id}/units/{unit}/adjustments")
@Access(RoundAccess.class)
class AdjustmentApi {

  record Item(String reason, BigDecimal amount) {}

  record AdjustmentsRequest(List<Item> bonus, List<Item> penalty, Integer version) {}

  private final RoundLoader loader;
  private final UnitAdjustments adjustments;
  private final AdjustmentSheet sheet;
  private final RoundAccess access;
  private final Clock clock;

  AdjustmentApi(
      RoundLoader loader,
      UnitAdjustments adjustments,
      AdjustmentSheet sheet,
      RoundAccess access,
      Clock clock) {
    this.loader = loader;
    this.adjustments = adjustments;
    this.sheet = sheet;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  AdjustmentSheet.AdjustmentBlock get(@PathVariable long id, @PathVariable String unit) {
    Unit found = loader.unit(unit);
    access.checkRead(found.id());
    return sheet.block(id, found.code());
  }

  @PutMapping
  AdjustmentSheet.AdjustmentBlock put(
      @PathVariable long id, @PathVariable String unit, @RequestBody AdjustmentsRequest body) {
    Unit found = loader.unit(unit);
    access.checkAppraise(found.id());
    List<Adjustment> list = new ArrayList<>();
    add(list, Adjustment.Kind.BONUS, body.bonus());
    add(list, Adjustment.Kind.PENALTY, body.penalty());
    Actor by = Actor.now(access.user(), clock);
    adjustments.replace(id, found, list, body.version(), by, by.day(clock));
    return sheet.block(id, found.code());
  }

  private static void add(List<Adjustment> list, Adjustment.Kind kind, List<Item> items) {
    if (items != null) {
      items.forEach(
          i ->
              list.add(
                  new Adjustment(
                      kind, i == null ? null : i.reason(), i == null ? null : i.amount())));
    }
  }
}
