package vn.parindex.reminder;

import java.time.LocalDate;

/**
 * A task not yet done, as the reminder job reads it from the task feature ({@code TaskFigures}).
 */
record OpenTask(
    long id,
    long unitId,
    String title,
    LocalDate dueOn,
    Long ownerId,
    Long leaderId,
    Long departmentId,
    LocalDate lastActivityOn) {}
