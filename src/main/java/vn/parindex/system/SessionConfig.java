package vn.parindex.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in the database (Spring Session JDBC on the tables of Flyway's V51), so several
 * instances behind a load balancer share them; idle sessions expire after 30 minutes. The session
 * filter works through {@link SessionStore}: one read per request, without a transaction ({@link
 * SessionTransactions}), the last-access time written at most once a minute.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class SessionConfig {

  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  /**
   * Idle sessions expire after {@code server.servlet.session.timeout} (default 30 minutes); stored
   * attributes are read back through {@link SessionAttributes}.
   */
  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
      @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
    SessionAttributes attributes = new SessionAttributes(SessionConfig.class.getClassLoader());
    return repository -> {
      repository.setDefaultMaxInactiveInterval(timeout);
      repository.setConversionService(attributes.conversionService());
    };
  }

  /** The name Spring Session JDBC looks its transactions up by. */
  @Bean
  TransactionOperations springSessionTransactionOperations(
      PlatformTransactionManager transactions) {
    return new SessionTransactions(transactions);
  }

  /**
   * The application's own transaction template, which Spring Boot no longer makes once any {@link
   * TransactionOperations} exists (the one above).
   */
  @Bean
  @Primary
  TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
    return new TransactionTemplate(transactions);
  }

  @Bean
  @Primary
  SessionStore<?> sessionStore(JdbcIndexedSessionRepository database) {
    return new SessionStore<>(database, TOUCH_EVERY);
  }

  /** Bounds the per-request memory of {@link SessionStore}: wraps the session filter. */
  @Bean
  FilterRegistrationBean<Filter> sessionRequestBounds() {
    Filter bounds =
        (request, response, chain) -> {
          SessionStore.requestStarts();
          try {
            chain.doFilter(request, response);
          } finally {
            SessionStore.requestDone();
          }
        };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(bounds);
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setName("sessionRequestBounds");
    return registration;
  }
}
