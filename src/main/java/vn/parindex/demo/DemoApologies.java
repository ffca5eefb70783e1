package vn.parindex.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.dossier.Apologies;
import vn.parindex.dossier.ApologyLetter;

/**
 * The apology letters (phiếu xin lỗi và hẹn lại) the demo's one-stop official sent for the late
 * dossiers the demo says were apologised for, each recorded through the apology service the next
 * working day after the dossier finished, numbered in order within its year. The other late
 * dossiers stay without one, for the officer to find on the indicator page.
 */
@Component
class DemoApologies {

  private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy");

  private final Apologies apologies;
  private final Clock clock;

  DemoApologies(Apologies apologies, Clock clock) {
    this.apologies = apologies;
    this.clock = clock;
  }

  /** Records the letters of {@code dossiers} dated before {@code now}; how many. */
  int record(long unitId, List<DemoDossier> dossiers, CurrentUser official, LocalDateTime now) {
    int number = 0;
    for (DemoDossier d : dossiers) {
      if (!d.apologised()) {
        continue;
      }
      LocalDate day = DemoDays.plus(d.finishedAt().toLocalDate(), 1);
      LocalDateTime at = day.atTime(9, 30);
      if (at.isAfter(now)) {
        continue;
      }
      number++;
      String letter = String.format("%02d/PXL-UBND-%s (DEMO)", number, YEAR.format(day));
      apologies.record(
          new Actor(official, at.atZone(clock.getZone()).toInstant()),
          unitId,
          new ApologyLetter(d.code(), letter, day, null, null, null));
    }
    return number;
  }
}
