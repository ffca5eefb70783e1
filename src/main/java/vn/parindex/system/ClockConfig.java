package vn.parindex.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every component asks for the time: the communes' own time zone, whatever the
 * server's. Tests and the demo replace it instead of rewriting rows.
 */
@Configuration
class ClockConfig {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
