package vn.parindex.round.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoringMethod;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;

/** What the round pages' browser tests build their worlds from: criteria, units, API sign-in. */
final class RoundFixtures {

  static Criterion node(String code, String name, String max, ScoringMethod m, int pos) {
    return new Criterion(new CriterionCode(code), name, new BigDecimal(max), m, pos);
  }

  static Unit unit(String code, String name, UnitType type, Long parent) {
    return new Unit(null, code, name, type, parent, null, null, false);
  }

  /** The {@code Authorization} header of HTTP Basic for the user. */
  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private RoundFixtures() {}
}
