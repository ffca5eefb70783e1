package vn.parindex.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Random;

/**
 * The times of one generated dossier after its reception: due at the end of its procedure's working
 * days; finished before that (the same day for a one-day procedure received early) or, when late,
 * one to three working days after it; handed over within hours. Against {@code now} (the load
 * moment) a dossier not finished yet is still processing, one not handed over yet is finished.
 */
final class DemoDossierTimes {

  private static final LocalTime CLOSING = LocalTime.of(17, 0);

  private DemoDossierTimes() {}

  static DemoDossier process(
      String code,
      DemoDossiers.Plan plan,
      LocalDateTime receivedAt,
      Random random,
      LocalDateTime now) {
    DemoProcedure p = plan.procedure();
    int channel = plan.online() ? DemoDossier.ONLINE : DemoDossier.IN_PERSON;
    LocalDate receivedDay = receivedAt.toLocalDate();
    LocalDateTime due = DemoDays.plus(receivedDay, p.days()).atTime(CLOSING);
    if (plan.status() == DemoDossier.REFUSED) {
      return new DemoDossier(
          code,
          p,
          receivedAt,
          null,
          null,
          null,
          plan.status(),
          channel,
          plan.digitised(),
          false,
          false,
          false,
          false);
    }
    LocalDateTime finished;
    if (plan.late()) {
      finished = DemoDays.plus(due.toLocalDate(), 1 + random.nextInt(3)).atTime(officeTime(random));
    } else {
      int offset = random.nextInt(p.days() + 1);
      LocalDateTime sameDay = receivedAt.plusMinutes(30 + random.nextInt(120));
      finished =
          offset == 0 && sameDay.toLocalTime().isBefore(LocalTime.of(16, 30))
              ? sameDay
              : DemoDays.plus(receivedDay, Math.max(offset, 1)).atTime(officeTime(random));
    }
    LocalDateTime returned = finished.plusMinutes(20 + random.nextInt(220));
    int status = plan.status();
    if (status == DemoDossier.WITHDRAWN) {
      return new DemoDossier(
          code,
          p,
          receivedAt,
          due,
          null,
          null,
          status,
          channel,
          plan.digitised(),
          false,
          false,
          false,
          false);
    }
    if (now != null && finished.isAfter(now)) {
      return new DemoDossier(
          code,
          p,
          receivedAt,
          due,
          null,
          null,
          DemoDossier.PROCESSING,
          channel,
          plan.digitised(),
          plan.paid(),
          false,
          false,
          false);
    }
    if (now != null && returned.isAfter(now)) {
      status = DemoDossier.FINISHED;
      returned = null;
    }
    return new DemoDossier(
        code,
        p,
        receivedAt,
        due,
        finished,
        returned,
        status,
        channel,
        plan.digitised(),
        plan.paid(),
        plan.eResult(),
        plan.late(),
        plan.apologised());
  }

  /** A time in office hours, before the closing hour the due dates use. */
  private static LocalTime officeTime(Random random) {
    int minutes = 7 * 60 + 30 + random.nextInt(9 * 60);
    return LocalTime.of(minutes / 60, minutes % 60, random.nextInt(60));
  }
}
