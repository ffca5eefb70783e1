package vn.parindex.task;

import java.time.LocalDate;

/**
 * A task the plan suggests, pre-filled for the officer to tick, assign and confirm: one per
 * appendix line (title from the measure, the line's criterion, department guessed from its
 * "responsible" text, due from its deadline) and one per body-section item.
 */
public record TaskProposal(
    String key,
    boolean fromLine,
    String code,
    String title,
    String responsible,
    Long departmentId,
    LocalDate dueOn) {}
