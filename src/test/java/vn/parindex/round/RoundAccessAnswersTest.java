package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * What a page asks of the round's rules without a refusal thrown (may the reader open a round over
 * the parent, assign its appraisers, publish it, assign a unit's fillers, appraise a unit) is what
 * the check refusing the step allows: for every set of roles, on the reader's own unit, one below
 * it, and one out of reach.
 */
@SpringBootTest
@ActiveProfiles("test")
class RoundAccessAnswersTest {

  @Autowired RoundAccess access;
  @Autowired Units units;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void eachAnswerIsWhatItsCheckAllowsForEverySetOfRoles() {
    String suffix = String.valueOf(System.nanoTime());
    Unit province = save("P" + suffix, UnitType.PROVINCE, null);
    Unit commune = save("C" + suffix, UnitType.COMMUNE, province.id());
    Unit elsewhere = save("E" + suffix, UnitType.PROVINCE, null);
    List<String> differ = new ArrayList<>();
    int compared = 0;
    int allowed = 0;
    for (Set<Role> held : OnUnitTest.everySetOfRoles()) {
      for (Unit own : List.of(province, commune)) {
        signIn(new CurrentUser(7, "u", "U", own.id(), null, held));
        for (Unit on : List.of(province, commune, elsewhere)) {
          Round round = new Round(1L, 2031, on.id(), 1, null, null, null, 0);
          String where = held + " of " + own.code() + " on " + on.code() + ": ";
          long id = on.id();
          allowed +=
              compare(where + "open", access::mayOpen, id, () -> access.checkOpen(id), differ);
          allowed +=
              compare(
                  where + "appraisers",
                  () -> access.mayAssignAppraisers(round),
                  () -> access.checkAssignAppraisers(round),
                  differ);
          allowed +=
              compare(
                  where + "publish",
                  () -> access.mayPublish(round),
                  () -> access.checkPublish(round),
                  differ);
          allowed +=
              compare(
                  where + "fillers",
                  access::mayAssignFillers,
                  id,
                  () -> access.checkAssignFillers(id),
                  differ);
          allowed +=
              compare(
                  where + "appraise",
                  access::mayAppraise,
                  id,
                  () -> access.checkAppraise(id),
                  differ);
          compared += 5;
        }
      }
    }
    assertThat(compared).isEqualTo(5 * 3 * 2 * (1 << Role.values().length));
    assertThat(differ).isEmpty();
    // and the answers are not all alike
    assertThat(allowed).isBetween(1, compared - 1);
    signIn(new CurrentUser(8, "a", "A", province.id(), null, Set.of(Role.APPRAISER)));
    assertThat(access.mayOpen(province.id())).isTrue();
    assertThat(access.mayAppraise(commune.id())).isTrue();
    assertThat(access.mayOpen(elsewhere.id())).isFalse();
    signIn(new CurrentUser(9, "c", "C", province.id(), null, Set.of(Role.LEADER)));
    assertThat(access.mayPublish(new Round(1L, 2031, province.id(), 1, null, null, null, 0)))
        .isTrue();
    assertThat(access.mayPublish(new Round(1L, 2031, commune.id(), 1, null, null, null, 0)))
        .isFalse();
  }

  private Unit save(String code, UnitType type, Long parent) {
    return units.save(new Unit(null, code, code, type, parent, null, null, true));
  }

  private static void signIn(CurrentUser user) {
    AccountPrincipal principal = new AccountPrincipal(user, "{noop}x", true);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
  }

  private static int compare(
      String what,
      java.util.function.LongPredicate asked,
      long id,
      Runnable check,
      List<String> differ) {
    return compare(what, () -> asked.test(id), check, differ);
  }

  private static int compare(
      String what, BooleanSupplier asked, Runnable check, List<String> differ) {
    boolean answer = asked.getAsBoolean();
    boolean allowed = OnUnitTest.allows(check);
    if (answer != allowed) {
      differ.add(what + answer + " ≠ " + allowed);
    }
    return allowed ? 1 : 0;
  }
}
