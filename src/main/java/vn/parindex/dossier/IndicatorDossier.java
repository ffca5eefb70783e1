package vn.parindex.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A dossier behind an indicator: one of its denominator, and whether it counts in the numerator
 * ({@code counts} false: it pulls the rate down). {@code due} is the due date as moved by the
 * supplement pauses; {@code apology} the letter of a late dossier, if one was recorded.
 */
record IndicatorDossier(
    String code,
    String procedureCode,
    String procedureName,
    LocalDateTime received,
    LocalDateTime due,
    LocalDateTime finished,
    int status,
    Integer channel,
    Boolean late,
    boolean counts,
    Apology apology) {

  /** The written apology of a late dossier (phiếu xin lỗi và hẹn lại). */
  record Apology(long id, String number, LocalDate date, int version, String fileName) {}
}
