package vn.parindex.dossier;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.workday.WorkingDays;

/**
 * The lateness rule of a dossier (Decision 766, DOMAIN.md): the time the office waits for the
 * citizen's supplement does not count, so each round moves the due date by the working days it
 * paused (from the request's day, included, to the resubmission's day, excluded), unless the round
 * sets a new due date, which then wins; more than one supplement request makes the dossier late
 * whatever the dates; an unfinished dossier is neither late nor on time yet.
 */
@Component
public class DueRule {

  /**
   * The effective due date (null when there is no due date, or while a supplement is awaited and
   * the dossier is not finished) and whether the dossier is late (null while unfinished or when it
   * has no due date to judge by).
   */
  public record Outcome(LocalDateTime effectiveDueAt, Boolean late) {}

  private final WorkingDays days;

  public DueRule(WorkingDays days) {
    this.days = days;
  }

  /**
   * @param dueAt the due date as received ({@code NgayHenTra}); midnight means the whole day
   * @param finishedAt when processing finished ({@code NgayKetThucXuLy}); null while open
   * @param rounds the supplement rounds in any order ({@code DanhSachHoSoBoSung}); may be empty
   */
  public Outcome of(LocalDateTime dueAt, LocalDateTime finishedAt, List<SupplementRound> rounds) {
    List<SupplementRound> ordered =
        rounds.stream().sorted(Comparator.comparing(SupplementRound::requestedAt)).toList();
    LocalDateTime due = endOfDay(dueAt);
    for (SupplementRound round : ordered) {
      if (round.newDueAt() != null) {
        due = endOfDay(round.newDueAt());
      } else if (due != null) {
        LocalDateTime resumed = round.resubmittedAt() != null ? round.resubmittedAt() : finishedAt;
        if (resumed == null) {
          // still waiting for the citizen: the pause, so the due date, is not known yet
          return new Outcome(null, null);
        }
        int paused =
            Math.max(
                0,
                days.workingDaysBetween(round.requestedAt().toLocalDate(), resumed.toLocalDate()));
        due = days.plusWorkingDays(due.toLocalDate(), paused).atTime(due.toLocalTime());
      }
    }
    if (finishedAt == null) {
      return new Outcome(due, null);
    }
    if (ordered.size() > 1) {
      return new Outcome(due, true);
    }
    return new Outcome(due, due == null ? null : finishedAt.isAfter(due));
  }

  /** A due date given as a day (00:00:00) is due until that day's end. */
  private static LocalDateTime endOfDay(LocalDateTime at) {
    return at == null || !at.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? at
        : at.toLocalDate().atTime(LocalTime.of(23, 59, 59));
  }
}
