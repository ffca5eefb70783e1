package vn.parindex.workday;

import java.time.LocalDate;

/**
 * A day that breaks the week's pattern: a weekday off (a holiday, a compensatory or swapped day) or
 * a Saturday or Sunday worked.
 *
 * @param name the holiday's Vietnamese name, or the swap's reason
 * @param swapped whether the year's table of official swaps decides it (else the law's default)
 */
public record SpecialDay(LocalDate date, boolean working, String name, boolean swapped) {}
