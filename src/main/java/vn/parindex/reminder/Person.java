package vn.parindex.reminder;

import java.util.Set;

/** A user the job may remind: their e-mail (maybe none), unit, department and roles. */
record Person(
    long id, String name, String email, long unitId, Long departmentId, Set<String> roles) {

  boolean has(String role) {
    return roles.contains(role);
  }
}
