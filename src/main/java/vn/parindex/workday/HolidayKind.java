package vn.parindex.workday;

/**
 * The public holidays of the Labour Code 2019 (art. 112.1), and the compensatory day off (nghỉ bù)
 * a holiday on a Saturday or Sunday gives on the next working day (art. 111.3). Their names are in
 * the bundle under {@code workday.holiday.<KIND>}.
 */
public enum HolidayKind {
  /** 1/1, Tết Dương lịch. */
  NEW_YEAR,
  /** Five days of Tết Nguyên đán: by default the last day of the lunar year and 1–4 Giêng. */
  LUNAR_NEW_YEAR,
  /** 10/3 lunar, Giỗ Tổ Hùng Vương. */
  HUNG_KINGS,
  /** 30/4, Ngày Chiến thắng. */
  VICTORY,
  /** 1/5, Ngày Quốc tế Lao động. */
  LABOUR,
  /** 2/9 and a day next to it (by default 3/9), Quốc khánh. */
  NATIONAL,
  /** The next working day after a holiday that falls on a Saturday or Sunday. */
  COMPENSATORY
}
