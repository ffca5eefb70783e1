package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;

/**
 * What a reader may do on a unit, as a page asks it (without a refusal thrown), is what the checks
 * that refuse the step allow: for every set of roles, in scope or not, on the reader's own unit or
 * one below it.
 */
class OnUnitTest {

  @Test
  void eachAnswerIsWhatItsCheckAllowsForEverySetOfRoles() {
    List<String> differ = new ArrayList<>();
    int compared = 0;
    for (Set<Role> held : everySetOfRoles()) {
      CurrentUser reader = new CurrentUser(1, "u", "U", 10, null, held);
      for (long unit : new long[] {10, 11}) {
        for (boolean sees : new boolean[] {true, false}) {
          RoundAccess.OnUnit on = new RoundAccess.OnUnit(reader, unit, sees);
          String where = held + " unit " + unit + " sees " + sees + ": ";
          compare(where + "self", on.self(), allows(on::checkSelf), differ);
          compare(where + "explain", on.explain(), allows(on::checkExplain), differ);
          compare(where + "leader", on.leader(), allows(on::checkLeader), differ);
          compare(where + "appraise", on.appraise(), allows(on::checkAppraise), differ);
          compared += 4;
        }
      }
    }
    assertThat(compared).isEqualTo(4 * 4 * 64);
    assertThat(differ).isEmpty();
    // and the answers are not all alike: an appraiser above the unit appraises, its chairman leads
    CurrentUser appraiser = new CurrentUser(2, "a", "A", 1, null, Set.of(Role.APPRAISER));
    assertThat(new RoundAccess.OnUnit(appraiser, 10, true).appraise()).isTrue();
    assertThat(new RoundAccess.OnUnit(appraiser, 1, true).appraise()).isFalse();
    CurrentUser chairman = new CurrentUser(3, "c", "C", 10, null, Set.of(Role.LEADER));
    assertThat(new RoundAccess.OnUnit(chairman, 10, true).leader()).isTrue();
    assertThat(new RoundAccess.OnUnit(chairman, 10, false).leader()).isFalse();
  }

  /** Every set of the roles, the empty one included (64 of them). */
  static List<Set<Role>> everySetOfRoles() {
    Role[] roles = Role.values();
    List<Set<Role>> sets = new ArrayList<>();
    for (int mask = 0; mask < 1 << roles.length; mask++) {
      Set<Role> held = EnumSet.noneOf(Role.class);
      for (int i = 0; i < roles.length; i++) {
        if ((mask & 1 << i) != 0) {
          held.add(roles[i]);
        }
      }
      sets.add(held);
    }
    return sets;
  }

  /** Whether a check lets the reader take the step (its refusal, not an error here). */
  static boolean allows(Runnable check) {
    try {
      check.run();
      return true;
    } catch (org.springframework.security.access.AccessDeniedException
        | vn.parindex.input.NotFoundException refused) {
      return false;
    }
  }

  private static void compare(String what, boolean asked, boolean allowed, List<String> differ) {
    if (asked != allowed) {
      differ.add(what + " " + asked + " ≠ " + allowed);
    }
  }
}
