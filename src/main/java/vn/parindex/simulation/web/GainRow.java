package vn.parindex.simulation.web;

import java.math.BigDecimal;
import java.util.Locale;
import vn.parindex.input.Messages;
import vn.parindex.simulation.Gain;

/** A gain as the cheapest-points page lists it: its effort said in words, its need if a rate. */
record GainRow(
    String code,
    String name,
    BigDecimal lost,
    BigDecimal won,
    String effort,
    BigDecimal perEffort,
    boolean rate,
    String indicator,
    String need) {

  static GainRow of(Gain g, Messages messages, Locale locale) {
    String effort =
        g.effort() == null
            ? messages.get(
                "dossier.gains.effort." + g.kind() + (g.kind() == Gain.Kind.RATE ? ".unknown" : ""))
            : messages.get("dossier.gains.effort." + g.kind(), g.effort());
    return new GainRow(
        g.code(),
        g.name(),
        g.lost(),
        g.won(),
        effort,
        g.perEffort(),
        g.kind() == Gain.Kind.RATE,
        g.indicator(),
        WhatIfRow.need(g, messages, locale));
  }
}
