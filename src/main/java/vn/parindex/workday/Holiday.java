package vn.parindex.workday;

import java.time.LocalDate;

/**
 * A public holiday (or a compensatory day off) of a year, as the law's default rule gives it.
 *
 * @param lunar its lunar date for the lunar holidays (Tết, Hùng Kings), else null
 * @param compensates for a compensatory day, the holiday that fell on a weekend; else null
 * @param name its Vietnamese name ("Giỗ Tổ Hùng Vương", "Nghỉ bù Tết Dương lịch")
 */
public record Holiday(
    LocalDate date, HolidayKind kind, LunarDate lunar, HolidayKind compensates, String name) {}
