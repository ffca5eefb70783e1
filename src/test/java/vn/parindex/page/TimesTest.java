package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One formatter for every page's dates and times, in Vietnam's time whatever the server's zone. */
class TimesTest {

  @Test
  void aMomentIsShownInVietnamsTime() {
    assertThat(Times.dateTime(Instant.parse("2025-11-14T17:30:00Z"))).isEqualTo("15/11/2025 00:30");
  }

  @Test
  void aStoredTimeIsReadInTheServersZone() {
    LocalDateTime stored = LocalDateTime.of(2025, 11, 14, 17, 30);
    Instant meant = stored.atZone(ZoneId.systemDefault()).toInstant();
    assertThat(Times.dateTime(stored)).isEqualTo(Times.dateTime(meant));
    assertThat(Times.dateTime((LocalDateTime) null)).isEmpty();
  }

  @Test
  void daysAreDayMonthYear() {
    assertThat(Times.date(LocalDate.of(2025, 1, 5))).isEqualTo("05/01/2025");
    assertThat(Times.date("2025-11-15")).isEqualTo("15/11/2025");
    assertThat(Times.date("—")).isEqualTo("—");
  }

  @Test
  void noPageFormatsATimeOfDayItself() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
      offenders =
          files
              .filter(Files::isRegularFile)
              .filter(
                  f -> {
                    try {
                      return Files.readString(f).contains("HH:mm");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
    }
    assertThat(offenders).as("use Times.dateTime").isEmpty();
  }
}
