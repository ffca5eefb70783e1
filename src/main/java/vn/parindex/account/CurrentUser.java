package vn.parindex.account;

import java.util.Set;

/** The signed-in user as the rest of the application sees them. */
public record CurrentUser(
    long id, String username, String displayName, long unitId, Long departmentId, Set<Role> roles)
    implements java.io.Serializable {

  public CurrentUser {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... wanted) {
    for (Role role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }
}
