package vn.parindex.round;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock replaced by one the round tests move day by day. */
@TestConfiguration
class MovableClock {

  static final RoundWorld.TestClock CLOCK = new RoundWorld.TestClock();

  @Bean
  @Primary
  Clock movableClock() {
    return CLOCK;
  }
}
