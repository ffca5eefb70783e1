package vn.parindex.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every action confirms on screen: a form posted and answered with a redirect leaves, for the page
 * it leads to, the message key of what was done ("Đã xác nhận hoàn thành nhiệm vụ."), shown under
 * the header by {@link Page#notice()}. A page that refuses shows its own errors instead (no
 * redirect, no notice).
 */
@Configuration
class ActionNotices implements HandlerInterceptor, WebMvcConfigurer {

  /** The flash attribute holding the notice's message key. */
  static final String NOTICE = "notice.key";

  private static final Map<Pattern, String> KEYS = new LinkedHashMap<>();

  /** A redirect carrying one of these parameters leads to a page that confirms in its own words. */
  private static final Pattern OWN_CONFIRMATION =
      Pattern.compile("[?&](created|saved|unlocked)\\b");

  static {
    KEYS.put(Pattern.compile("/tasks/\\d+/actions"), "notice.task.");
    KEYS.put(Pattern.compile("/tasks/\\d+/updates"), "notice.task.update");
    KEYS.put(Pattern.compile("/tasks/\\d+/assignment"), "notice.task.assignment");
    KEYS.put(Pattern.compile("/tasks/\\d+/milestones/\\d+"), "notice.task.milestone");
    KEYS.put(Pattern.compile("/tasks/new|/plans/\\d+/tasks/new"), "notice.task.created");
    KEYS.put(Pattern.compile("/supervisions/recommendations/\\d+/task"), "notice.task.created");
    KEYS.put(Pattern.compile("/supervisions"), "notice.supervision");
    KEYS.put(Pattern.compile("/notifications/.*"), "notice.notifications");
    KEYS.put(Pattern.compile("/plans/draft"), "notice.plan.drafted");
    KEYS.put(Pattern.compile("/plans/\\d+"), "notice.plan.saved");
    KEYS.put(Pattern.compile("/assessments/upload"), "notice.assessment.imported");
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
    if (view == null
        || !"POST".equals(request.getMethod())
        || view.getViewName() == null
        || !view.getViewName().startsWith("redirect:")
        || OWN_CONFIRMATION.matcher(view.getViewName()).find()) {
      return;
    }
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    if (flash.isEmpty()) {
      // A page that confirms in its own words (its own flash attributes) is not confirmed twice.
      flash.put(NOTICE, key(path(request), request.getParameter("action")));
    }
  }

  static String key(String path, String action) {
    for (Map.Entry<Pattern, String> entry : KEYS.entrySet()) {
      if (entry.getKey().matcher(path).matches()) {
        String key = entry.getValue();
        return key.endsWith(".") ? key + (action == null ? "SAVED" : action) : key;
      }
    }
    return "notice.saved";
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
