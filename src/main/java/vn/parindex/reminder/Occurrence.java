package vn.parindex.reminder;

import java.time.LocalDate;

/** A recorded occurrence: done on a date (with evidence), or a request awaiting an answer. */
public record Occurrence(
    Long id, long obligationId, LocalDate requestedOn, LocalDate doneOn, String evidence) {}
