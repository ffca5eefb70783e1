/**
 * Users, roles and unit scopes; the audit trail of who changed what.
 *
 * <p>Time, the one rule every feature follows: a stored moment (a {@code timestamp} column: an
 * audit entry, a sign-in failure, a token's expiry) is the server's wall-clock time, read from the
 * injected {@code Clock} as {@code LocalDateTime.now(clock.withZone(ZoneId.systemDefault()))};
 * "today" and deadlines are Vietnam's days, from the Clock as it is (Asia/Ho_Chi_Minh); pages show
 * a stored moment in Vietnam time through {@code page/Times}. So lock-out and expiry hold whatever
 * zone the server or the Clock is in, as long as the server keeps its zone over its data.
 */
package vn.parindex.account;
