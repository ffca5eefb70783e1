package vn.parindex.workday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Service;

/**
 * Working days in Vietnam: not a Saturday, Sunday, public holiday or compensatory day (computed for
 * any year, lunar holidays included), unless the year's table of official swaps says otherwise for
 * that date. Each year is computed once; its swaps are re-read after an edit here, and after {@link
 * #FRESH_SECONDS} seconds for an edit made on another instance.
 */
@Service
public class WorkingDays {

  /** How long a year's swaps are trusted before they are read again. */
  static final long FRESH_SECONDS = 30;

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final IntFunction<List<Swap>> swaps;
  private final MessageSource messages;
  private final Map<Integer, List<Holiday>> holidays = new ConcurrentHashMap<>();
  private final Map<Integer, Year> years = new ConcurrentHashMap<>();

  @Autowired
  WorkingDays(Swaps swaps, MessageSource messages) {
    this(swaps::ofYear, messages);
  }

  private WorkingDays(IntFunction<List<Swap>> swaps, MessageSource messages) {
    this.swaps = swaps;
    this.messages = messages;
  }

  /**
   * The law's calendar alone, without any official swap (no database): for computations and tests
   * that need no administrator's table.
   */
  public static WorkingDays statutory() {
    ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
    bundle.setBasename("i18n/workday");
    bundle.setDefaultEncoding("UTF-8");
    return new WorkingDays(year -> List.of(), bundle);
  }

  public boolean isWorkingDay(LocalDate day) {
    Year year = year(day.getYear());
    Swap swap = year.swaps().get(day);
    if (swap != null) {
      return swap.working();
    }
    return !Holidays.weekend(day) && !year.holidays().containsKey(day);
  }

  /** Whether a day is a working day by the law's calendar alone, before any swap. */
  boolean workingByDefault(LocalDate day) {
    return !Holidays.weekend(day) && !year(day.getYear()).holidays().containsKey(day);
  }

  /**
   * The {@code n}-th working day after {@code day} ({@code n} > 0), before it ({@code n} < 0), or
   * the day itself ({@code n} = 0, working or not).
   */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    int step = n < 0 ? -1 : 1;
    LocalDate at = day;
    for (int left = Math.abs(n); left > 0; ) {
      at = at.plusDays(step);
      if (isWorkingDay(at)) {
        left--;
      }
    }
    return at;
  }

  /**
   * The working days from {@code from} (included) to {@code to} (excluded), negative when {@code
   * to} comes first: a request on Monday answered on Thursday took 3 working days.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate at = from; at.isBefore(to); at = at.plusDays(1)) {
      if (isWorkingDay(at)) {
        count++;
      }
    }
    return count;
  }

  /** The public holidays and compensatory days of a year by the law's default rule, by date. */
  public List<Holiday> holidays(int year) {
    return holidays.computeIfAbsent(year, y -> Holidays.of(y, this::name));
  }

  /** The official swaps recorded for a year, by date. */
  public List<Swap> swaps(int year) {
    return List.copyOf(year(year).swaps().values());
  }

  /** Every weekday off and every weekend day worked in a year, by date, swaps applied. */
  public List<SpecialDay> specialDays(int year) {
    Year of = year(year);
    List<SpecialDay> days = new ArrayList<>();
    LocalDate end = LocalDate.of(year + 1, 1, 1);
    for (LocalDate day = LocalDate.of(year, 1, 1); day.isBefore(end); day = day.plusDays(1)) {
      Swap swap = of.swaps().get(day);
      boolean working = isWorkingDay(day);
      if (working == Holidays.weekend(day)) {
        String name = swap != null ? swap.reason() : of.holidays().get(day);
        days.add(new SpecialDay(day, working, name, swap != null));
      }
    }
    return days;
  }

  /** Forgets a year's swaps, so the next question reads them again (after an edit). */
  void forget(int year) {
    years.remove(year);
  }

  private Year year(int year) {
    long now = System.nanoTime();
    Year cached = years.get(year);
    if (cached != null && now - cached.readAt() < TimeUnit.SECONDS.toNanos(FRESH_SECONDS)) {
      return cached;
    }
    Map<LocalDate, String> names = new HashMap<>();
    for (Holiday holiday : holidays(year)) {
      names.merge(holiday.date(), holiday.name(), (a, b) -> a + "; " + b);
    }
    Map<LocalDate, Swap> byDate = new LinkedHashMap<>();
    swaps.apply(year).forEach(s -> byDate.put(s.date(), s));
    Year fresh = new Year(Map.copyOf(names), Collections.unmodifiableMap(byDate), now);
    years.put(year, fresh);
    return fresh;
  }

  private String name(HolidayKind kind, HolidayKind compensates) {
    String key = "workday.holiday." + kind;
    Object[] args = compensates == null ? null : new Object[] {name(compensates, null)};
    return messages.getMessage(key, args, key, VI);
  }

  /** A year: its holidays' names by date and its swaps by date, read at {@code readAt} (nanos). */
  private record Year(Map<LocalDate, String> holidays, Map<LocalDate, Swap> swaps, long readAt) {}
}
