package vn.parindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import vn.parindex.account.Accounts;

/**
 * Who acts comes from the caller, not from hidden context (STYLE.md): only the web boundary
 * (controllers, the page frame, web packages) and the features' access classes read the signed-in
 * user; services are given the actor.
 */
final class HiddenContext {

  private HiddenContext() {}

  /**
   * The sign-in machinery and the shared scope rule that read or set the security context by
   * design. Nothing else: the audit trail, too, is given its actor.
   */
  private static final Set<String> MACHINERY =
      Set.of(
          "vn.parindex.account.Accounts",
          "vn.parindex.account.UnitScope",
          "vn.parindex.account.AccessCheck",
          "vn.parindex.account.BearerTokenFilter",
          "vn.parindex.account.OidcLogin");

  static final DescribedPredicate<JavaClass> BOUNDARY =
      DescribedPredicate.describe(
          "the web boundary or an access class",
          c -> {
            JavaClass top = top(c);
            return top.getPackageName().contains(".web")
                || top.getPackageName().startsWith("vn.parindex.page")
                || top.isMetaAnnotatedWith(Controller.class)
                || top.isAnnotatedWith(Controller.class)
                || top.isAnnotatedWith(ControllerAdvice.class)
                || top.getSimpleName().endsWith("Access")
                || MACHINERY.contains(top.getName());
          });

  static final DescribedPredicate<JavaAccess<?>> SIGNED_IN_USER =
      DescribedPredicate.describe(
          "the signed-in user (Accounts.current/currentIfAny, SecurityContextHolder, *Access.user)",
          access -> {
            AccessTarget t = access.getTarget();
            JavaClass owner = t.getOwner();
            String name = t.getName();
            return owner.isEquivalentTo(SecurityContextHolder.class)
                || (owner.isEquivalentTo(Accounts.class)
                    && (name.equals("current") || name.equals("currentIfAny")))
                || ((owner.getSimpleName().endsWith("Access")
                        || owner.getName().equals("vn.parindex.account.UnitScope"))
                    && name.equals("user"));
          });

  static final ArchRule RULE =
      noClasses()
          .that(DescribedPredicate.not(BOUNDARY))
          .should()
          .accessTargetWhere(SIGNED_IN_USER)
          .because("services are given the actor (and the moment) by their callers");

  private static JavaClass top(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }
}
