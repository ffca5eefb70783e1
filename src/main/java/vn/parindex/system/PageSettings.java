package vn.parindex.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many page views are worked on at once ({@link PageAdmission}): {@code concurrent}, or 4 a
 * processor when 0; a page view waits up to {@code queueWait} for its turn, then is answered 503
 * with {@code retryAfter}.
 */
@ConfigurationProperties("parindex.pages")
record PageSettings(
    @DefaultValue("0") int concurrent,
    @DefaultValue("20s") Duration queueWait,
    @DefaultValue("5s") Duration retryAfter) {

  /** Page views at once on a machine of {@code processors}. */
  int turns(int processors) {
    return concurrent > 0 ? concurrent : 4 * Math.max(1, processors);
  }
}
