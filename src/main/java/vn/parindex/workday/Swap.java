package vn.parindex.workday;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An official swapped day: a date that the year's notice makes a day off ({@code working} false,
 * e.g. "Nghỉ bù") or a working day ({@code working} true, a Saturday worked in exchange).
 *
 * @param version the row's version, which an edit must name (a stale one is refused)
 * @param updatedAt when it was last written (the server's wall clock)
 */
public record Swap(
    long id,
    LocalDate date,
    boolean working,
    String reason,
    int version,
    LocalDateTime updatedAt,
    String updatedBy) {}
