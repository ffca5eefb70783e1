package vn.parindex.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bounds the uploads parsed at once, per user and overall: a handler taking a file holds a slot
 * until its response is complete. Beyond the bounds the request is refused at once (429 for the
 * user's own bound, 503 overall after a short wait), with a Retry-After, rather than queued behind
 * the others: twelve large imports at once must not slow every other page down.
 */
@Configuration
class UploadSlots implements HandlerInterceptor, WebMvcConfigurer {

  private static final String HELD = UploadSlots.class.getName() + ".user";

  private final UploadSettings settings;
  private final Semaphore all;
  private final ConcurrentHashMap<String, AtomicInteger> perUser = new ConcurrentHashMap<>();

  UploadSlots(UploadSettings settings) {
    this.settings = settings;
    this.all = new Semaphore(settings.overall(), true);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws InterruptedException {
    if (!(handler instanceof HandlerMethod method) || !takesFile(method)) {
      return true;
    }
    String user =
        request.getRemoteUser() != null
            ? request.getRemoteUser()
            : "address:" + request.getRemoteAddr();
    AtomicInteger mine = perUser.computeIfAbsent(user, u -> new AtomicInteger());
    if (mine.incrementAndGet() > settings.perUser()) {
      release(user);
      throw new UploadBusyException(
          HttpStatus.TOO_MANY_REQUESTS, "upload.busy.user", settings.perUser(), retryAfter());
    }
    if (!all.tryAcquire(settings.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
      release(user);
      throw new UploadBusyException(
          HttpStatus.SERVICE_UNAVAILABLE, "upload.busy.all", settings.overall(), retryAfter());
    }
    request.setAttribute(HELD, user);
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (request.getAttribute(HELD) instanceof String user) {
      request.removeAttribute(HELD);
      all.release();
      release(user);
    }
  }

  private void release(String user) {
    perUser.computeIfPresent(user, (u, count) -> count.decrementAndGet() <= 0 ? null : count);
  }

  private long retryAfter() {
    return Math.max(1, settings.retryAfter().toSeconds());
  }

  /** An upload endpoint is one whose handler takes a file. */
  private static boolean takesFile(HandlerMethod method) {
    return Arrays.stream(method.getMethodParameters())
        .anyMatch(
            p ->
                MultipartFile.class.isAssignableFrom(p.getParameterType())
                    || (List.class.isAssignableFrom(p.getParameterType())
                        && MultipartFile.class.equals(p.getNestedParameterType())));
  }
}
