package vn.parindex.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;
import vn.parindex.account.Role;

/**
 * Runs a test (or every test of a class) signed in with our {@code AccountPrincipal}:
 * {@code @WithAccount} is an administrator who sees every unit; {@code @WithAccount(value =
 * Role.PAR_OFFICER, unitId = 7)} is scoped to unit 7. MockMvc requests carry it automatically; for
 * one request as someone else use {@link Accounts#as}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@WithSecurityContext(factory = WithAccountFactory.class)
public @interface WithAccount {

  Role[] value() default {Role.ADMIN};

  /** The id of the user's unit; an administrator's unit does not matter. */
  long unitId() default 0;

  String username() default "test.admin";
}
