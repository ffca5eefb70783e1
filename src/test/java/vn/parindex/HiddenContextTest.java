package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.parindex.account.Accounts;
import vn.parindex.account.CurrentUser;

/** The rule against hidden context catches a service that reads the signed-in user itself. */
class HiddenContextTest {

  /** A service that finds out for itself who acts: what the rule forbids. */
  static class SelfServingService {
    private final Accounts accounts;

    SelfServingService(Accounts accounts) {
      this.accounts = accounts;
    }

    long whoActs() {
      return accounts.current().id();
    }
  }

  /** A service reading the security context directly. */
  static class ContextReadingService {
    Object whoActs() {
      return SecurityContextHolder.getContext().getAuthentication();
    }
  }

  /** A service given its actor: what the rule asks for. */
  static class GivenService {
    long whoActs(CurrentUser by) {
      return by.id();
    }
  }

  @Test
  void aServiceThatReadsTheSignedInUserItselfIsRefused() {
    var result =
        HiddenContext.RULE.evaluate(
            new ClassFileImporter()
                .importClasses(SelfServingService.class, ContextReadingService.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("SelfServingService") && d.contains("Accounts.current()"))
        .anyMatch(d -> d.contains("ContextReadingService") && d.contains("SecurityContextHolder"));
  }

  @Test
  void aServiceGivenItsActorPasses() {
    var result =
        HiddenContext.RULE.evaluate(new ClassFileImporter().importClasses(GivenService.class));
    assertThat(result.hasViolation()).isFalse();
  }
}
