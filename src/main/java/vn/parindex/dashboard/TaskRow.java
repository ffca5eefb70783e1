package vn.parindex.dashboard;

import java.time.LocalDate;

/** One task as the lists and exports show it; {@code overdue} as the task feature says. */
record TaskRow(
    long id,
    String title,
    String department,
    String owner,
    String criterionCodes,
    LocalDate startOn,
    LocalDate dueOn,
    String status,
    int progress,
    boolean overdue) {}
