package vn.parindex.dossier;

import java.time.LocalDateTime;

/**
 * When a dossier is due and whether it was late, in one place so that the rule can change (to count
 * the supplement pauses in working days) without touching the import: the due date moves to the
 * last new due date a supplement round set; a finished dossier is late when it finished after that,
 * or needed more than one supplement round (Decision 766 counts a second request for documents as
 * the office's fault).
 */
final class DossierLateness {

  private DossierLateness() {}

  /** The last new due date of the supplement rounds, else the first due date. */
  static LocalDateTime effectiveDue(LocalDateTime due, LocalDateTime lastNewDue) {
    return lastNewDue != null ? lastNewDue : due;
  }

  /** Null while not finished (status 9 or 10); else late as the class comment says. */
  static Boolean late(
      int status, LocalDateTime finished, LocalDateTime effectiveDue, int supplements) {
    boolean done = status == DossierRecord.FINISHED || status == DossierRecord.RETURNED;
    if (!done) {
      return null;
    }
    return (finished != null && effectiveDue != null && finished.isAfter(effectiveDue))
        || supplements > 1;
  }
}
