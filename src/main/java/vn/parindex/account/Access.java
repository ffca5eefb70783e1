package vn.parindex.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access decision of an endpoint, on its handler method or its controller class: every request
 * mapping carries one (a test derived from the request mappings fails otherwise). Either it names
 * the feature's class that decides on every object the request names, called by the method or the
 * service it calls ({@code @Access(PlanAccess.class)}: the unit's scope, 404 outside it, and the
 * role to write, 403 without it), or it says what is open without an object to decide on.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Access {

  /** The feature's access class that decides (e.g. {@code TaskAccess.class}). */
  Class<?> value() default Void.class;

  /** What is open when no feature class decides. */
  Open open() default Open.NONE;

  /** Open endpoints, each enforced outside the feature. */
  enum Open {
    /** Not open: {@link #value()} names the deciding class. */
    NONE,
    /** Anyone, signed in or not (the login page); listed public in the security configuration. */
    PUBLIC,
    /** Any signed-in user, acting only on their own things (their tokens, their notifications). */
    SIGNED_IN,
    /** Administrators only: refused (403) for anyone else by {@link AccessCheck}. */
    ADMIN
  }
}
