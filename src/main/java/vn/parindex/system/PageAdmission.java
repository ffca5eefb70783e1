package vn.parindex.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Page views are worked on a few at a time, in the order they came: beyond {@link
 * PageSettings#concurrent()} at once (4 a processor unless set), a page view waits its turn instead
 * of sharing the processors with every other one. Fifty appraisers opening 80-leaf pages at once on
 * two cores then each wait their turn and get their page, in a spread of times close to the mean
 * (bench/README.md: p95 149 ms where 260 ms with every view at once); a page view waiting longer
 * than {@link PageSettings#queueWait()} gets a 503 "busy" page with a Retry-After.
 *
 * <p>Only page views are counted: GET and HEAD requests for a path that is not a file (no dot in
 * its last part, not ending in {@code /file}). Files (styles, scripts, documents, evidence) are
 * written at the pace of the reader's network, and posts carry bodies that arrive at the sender's
 * (uploads have their own bound, {@code UploadSlots}): neither holds a turn while it waits on a
 * network.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageAdmission extends OncePerRequestFilter {

  private final Semaphore turns;
  private final PageSettings settings;
  private final MessageSource messages;
  private final LocaleResolver locales;

  PageAdmission(PageSettings settings, MessageSource messages, LocaleResolver locales) {
    this.settings = settings;
    this.turns = new Semaphore(settings.turns(Runtime.getRuntime().availableProcessors()), true);
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isPageView(request.getMethod(), request.getRequestURI());
  }

  static boolean isPageView(String method, String uri) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    String last = uri.substring(uri.lastIndexOf('/') + 1);
    return last.indexOf('.') < 0 && !uri.endsWith("/file");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean admitted;
    try {
      admitted = turns.tryAcquire(settings.queueWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      busy(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      turns.release();
    }
  }

  private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
    UnavailablePage.write(
        response,
        messages,
        locales.resolveLocale(request),
        "busy",
        settings.retryAfter().toSeconds(),
        false);
  }
}
