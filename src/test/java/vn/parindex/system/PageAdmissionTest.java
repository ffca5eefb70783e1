package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Page views beyond the bound wait their turn, in order, and past the wait get a 503 "busy" page in
 * Vietnamese with a Retry-After; files and posts are never held back.
 */
class PageAdmissionTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(3);

  @Test
  void aPageViewBeyondTheBoundWaitsItsTurnAndIsServedWhenOneEnds() throws Exception {
    PageAdmission admission = admission(1, Duration.ofSeconds(10));
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch endFirst = new CountDownLatch(1);
    List<String> served = new CopyOnWriteArrayList<>();
    Future<MockHttpServletResponse> first =
        threads.submit(
            () ->
                view(
                    admission,
                    "/rounds/1/units/BR1",
                    (request, response) -> {
                      inFirst.countDown();
                      await(endFirst);
                      served.add("first");
                    }));
    assertThat(inFirst.await(5, TimeUnit.SECONDS)).isTrue();
    Future<MockHttpServletResponse> second =
        threads.submit(
            () ->
                view(
                    admission, "/rounds/1/units/BR2", (request, response) -> served.add("second")));
    Thread.sleep(200);
    assertThat(served).as("the second waits while the first holds the only turn").isEmpty();
    endFirst.countDown();
    assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    assertThat(served).containsExactly("first", "second");
  }

  @Test
  void aPageViewWaitingLongerThanTheWaitIsToldTheServerIsBusy() throws Exception {
    PageAdmission admission = admission(1, Duration.ofMillis(100));
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch endFirst = new CountDownLatch(1);
    threads.submit(
        () ->
            view(
                admission,
                "/rounds/1/units/BR1",
                (request, response) -> {
                  inFirst.countDown();
                  await(endFirst);
                }));
    assertThat(inFirst.await(5, TimeUnit.SECONDS)).isTrue();
    boolean[] ran = {false};
    MockHttpServletResponse refused =
        view(admission, "/rounds/1/units/BR2", (request, response) -> ran[0] = true);
    endFirst.countDown();
    assertThat(ran[0]).isFalse();
    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
    assertThat(refused.getContentAsString()).contains("ParIndex đang bận", "tải lại trang");
    // a file and a post are not held back by the page views
    MockHttpServletResponse css = view(admission, "/css/app.css", (request, response) -> {});
    assertThat(css.getStatus()).isEqualTo(200);
  }

  @Test
  void onlyPageViewsAreCounted() {
    assertThat(PageAdmission.isPageView("GET", "/rounds/1/units/BR1")).isTrue();
    assertThat(PageAdmission.isPageView("HEAD", "/")).isTrue();
    assertThat(PageAdmission.isPageView("GET", "/api/v1/rounds/1")).isTrue();
    assertThat(PageAdmission.isPageView("POST", "/rounds/1/units/BR1/appraisals/1.1")).isFalse();
    assertThat(PageAdmission.isPageView("GET", "/css/app.css")).isFalse();
    assertThat(PageAdmission.isPageView("GET", "/rounds/1/units/BR1/evidence/7/file")).isFalse();
    assertThat(PageAdmission.isPageView("GET", "/api/v1/rounds/1/decision.docx")).isFalse();
  }

  @Test
  void theBoundIsFourAProcessorUnlessSet() {
    assertThat(new PageSettings(0, Duration.ofSeconds(20), Duration.ofSeconds(5)).turns(2))
        .isEqualTo(8);
    assertThat(new PageSettings(3, Duration.ofSeconds(20), Duration.ofSeconds(5)).turns(2))
        .isEqualTo(3);
  }

  private static PageAdmission admission(int turns, Duration wait) {
    StaticMessageSource messages = new StaticMessageSource();
    Locale vi = Locale.forLanguageTag("vi");
    messages.addMessage("busy.title", vi, "ParIndex đang bận");
    messages.addMessage(
        "busy.wait",
        vi,
        "Máy chủ đang phục vụ nhiều người cùng lúc. Vui lòng tải lại trang sau ít giây.");
    return new PageAdmission(
        new PageSettings(turns, wait, Duration.ofSeconds(5)),
        messages,
        new FixedLocaleResolver(vi));
  }

  private static MockHttpServletResponse view(
      PageAdmission admission, String path, FilterChain chain) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    admission.doFilter(request, response, chain);
    return response;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
