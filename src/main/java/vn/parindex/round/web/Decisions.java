package vn.parindex.round.web;

import java.util.function.Supplier;
import vn.parindex.page.Form;
import vn.parindex.round.RoundDecisions;

/**
 * The reopen and publish forms' part of a round page or unit page, read only when the page is
 * rendered (a step that redirects never reads it), with the form as typed when one was refused.
 */
public final class Decisions {

  private final Supplier<RoundDecisions.RoundOffer> round;
  private final Supplier<RoundDecisions.UnitOffer> unit;
  private final Form form;
  private final String act;
  private final boolean onUnit;
  private RoundDecisions.RoundOffer roundOffer;
  private RoundDecisions.UnitOffer unitOffer;

  Decisions(
      Supplier<RoundDecisions.RoundOffer> round,
      Supplier<RoundDecisions.UnitOffer> unit,
      Form form,
      String act,
      boolean onUnit) {
    this.onUnit = onUnit;
    this.round = round;
    this.unit = unit;
    this.form = form;
    this.act = act;
  }

  /** The round page's offer: publish, reopen a unit. */
  public RoundDecisions.RoundOffer round() {
    if (roundOffer == null) {
      roundOffer = round.get();
    }
    return roundOffer;
  }

  /** The unit page's offer: reopen it or one criterion, and its reopenings. */
  public RoundDecisions.UnitOffer unit() {
    if (unitOffer == null) {
      unitOffer = unit.get();
    }
    return unitOffer;
  }

  /** Whether the page is a unit's (its reopen form) rather than the round's. */
  public boolean onUnit() {
    return onUnit;
  }

  /** The form of {@code act} ("reopen", "publish"): as typed if it was the one refused. */
  public Form form(String act) {
    return act.equals(this.act) ? form : Form.empty();
  }
}
