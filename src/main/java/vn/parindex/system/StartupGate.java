package vn.parindex.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Until the application is ready (the start-up runners have loaded the demo, its accounts and the
 * first administrator), every request gets a 503 "starting" page that reloads itself, instead of a
 * sign-in refused for an account that does not exist yet: Tomcat opens its port before the runners.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupGate extends OncePerRequestFilter {

  private final ApplicationAvailability availability;
  private final MessageSource messages;
  private final LocaleResolver locales;

  StartupGate(
      ApplicationAvailability availability, MessageSource messages, LocaleResolver locales) {
    this.availability = availability;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
      chain.doFilter(request, response);
      return;
    }
    UnavailablePage.write(response, messages, locales.resolveLocale(request), "startup", 2, true);
  }
}
