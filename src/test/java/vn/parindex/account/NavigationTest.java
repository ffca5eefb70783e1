package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The navigation each role is offered. */
class NavigationTest {

  @Test
  void aDepartmentOfficialSeesTheirOwnTasksButNotTheBoardNorTheUpload() {
    Navigation nav = Navigation.of(Set.of(Role.DEPARTMENT_OFFICIAL));

    assertThat(nav.mine()).isTrue();
    assertThat(nav.board()).isFalse();
    assertThat(nav.upload()).isFalse();
    assertThat(nav.verify()).isFalse();
    assertThat(nav.admin()).isFalse();
  }

  @Test
  void anOfficialWhoIsAlsoALeaderSeesTheBoardAndVerifies() {
    Navigation nav = Navigation.of(Set.of(Role.DEPARTMENT_OFFICIAL, Role.LEADER));

    assertThat(nav.board()).isTrue();
    assertThat(nav.verify()).isTrue();
    assertThat(nav.supervisions()).isTrue();
  }

  @Test
  void theFrontSupervisesButNeitherUploadsNorVerifies() {
    Navigation nav = Navigation.of(Set.of(Role.SUPERVISOR));

    assertThat(nav.supervisions()).isTrue();
    assertThat(nav.upload()).isFalse();
    assertThat(nav.verify()).isFalse();
    assertThat(nav.mine()).isFalse();
  }

  @Test
  void anAppraiserUploadsAndAnAdministratorAdministers() {
    assertThat(Navigation.of(Set.of(Role.APPRAISER)).upload()).isTrue();
    assertThat(Navigation.of(Set.of(Role.APPRAISER)).admin()).isFalse();
    assertThat(Navigation.of(Set.of(Role.ADMIN)).admin()).isTrue();
    // Verifying is the chairman's act: the queue is a leader's, not an administrator's.
    assertThat(Navigation.of(Set.of(Role.ADMIN)).verify()).isFalse();
  }

  @Test
  void theRoundsAreOfferedToWhoTakesPartButNotToTheFront() {
    for (Role role :
        List.of(
            Role.ADMIN, Role.APPRAISER, Role.PAR_OFFICER, Role.DEPARTMENT_OFFICIAL, Role.LEADER)) {
      assertThat(Navigation.of(Set.of(role)).rounds()).as(role.name()).isTrue();
    }
    assertThat(Navigation.of(Set.of(Role.SUPERVISOR)).rounds()).isFalse();
  }
}
