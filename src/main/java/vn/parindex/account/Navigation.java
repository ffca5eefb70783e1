package vn.parindex.account;

import java.util.Set;

/**
 * Which pages the navigation offers a user, by role (the server enforces the rights anyway): a
 * department official sees their own tasks but not the board, only leaders verify, and so on. The
 * pages offer their forms by the same rules: units, criteria sets and published results are added
 * by administrators and appraisers ({@code unitWriter}); tasks are made by the unit's managers
 * ({@code taskManager}: PAR officer, leader, administrator).
 */
public record Navigation(
    boolean upload,
    boolean board,
    boolean mine,
    boolean verify,
    boolean supervisions,
    boolean admin,
    boolean unitWriter,
    boolean taskManager,
    boolean rounds) {

  public static Navigation of(Set<Role> roles) {
    boolean onlyOfficial = roles.equals(Set.of(Role.DEPARTMENT_OFFICIAL));
    return new Navigation(
        any(roles, Role.ADMIN, Role.PAR_OFFICER, Role.APPRAISER),
        !onlyOfficial,
        any(roles, Role.DEPARTMENT_OFFICIAL, Role.PAR_OFFICER, Role.LEADER),
        roles.contains(Role.LEADER),
        any(roles, Role.SUPERVISOR, Role.PAR_OFFICER, Role.LEADER, Role.ADMIN),
        roles.contains(Role.ADMIN),
        any(roles, Role.ADMIN, Role.APPRAISER),
        any(roles, Role.PAR_OFFICER, Role.LEADER, Role.ADMIN),
        // the yearly round: who self-assesses, submits, appraises or opens it
        any(
            roles,
            Role.ADMIN,
            Role.APPRAISER,
            Role.PAR_OFFICER,
            Role.DEPARTMENT_OFFICIAL,
            Role.LEADER));
  }

  private static boolean any(Set<Role> roles, Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
