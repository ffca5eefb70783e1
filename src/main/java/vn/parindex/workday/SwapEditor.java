package vn.parindex.workday;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * Adds, changes and removes official swapped days, each change in the audit trail. A swap must
 * change something (a day off made working, a working day made off); the same day twice is one row
 * (the same click again changes nothing); a change or removal names the version it was read at.
 */
@Service
class SwapEditor {

  static final String AUDIT = "workday_swap";
  static final int REASON_MAX = 500;
  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Swaps swaps;
  private final WorkingDays days;
  private final AuditLog audit;

  SwapEditor(Swaps swaps, WorkingDays days, AuditLog audit) {
    this.swaps = swaps;
    this.days = days;
    this.audit = audit;
  }

  /** The row of the day, new, or the one already there when it says the same. */
  @Transactional
  Swap add(SwapInput input, Actor by) {
    SwapInput.Valid valid = input.validate();
    var existing = swaps.onDate(valid.date());
    if (existing.isPresent()) {
      return same(existing.get(), valid);
    }
    check(valid);
    // two clicks at once: the unique index refuses the second insert (DuplicateKeyException,
    // the transaction rolled back); the caller asks again and gets the first one's row
    long id = swaps.insert(valid.date(), valid.working(), valid.reason(), by);
    record(by, id, null, valid);
    forgetAfterCommit(valid.date().getYear());
    return swaps.find(id).orElseThrow();
  }

  /** Changes a row from the version it was read at. */
  @Transactional
  Swap change(long id, int version, SwapInput input, Actor by) {
    Swap before = swaps.find(id).orElseThrow(() -> gone());
    SwapInput.Valid valid = input.withDate(before.date()).validate();
    if (before.version() != version) {
      throw stale(before);
    }
    check(valid);
    if (!swaps.update(id, version, valid.working(), valid.reason(), by)) {
      throw stale(swaps.find(id).orElseThrow(() -> gone()));
    }
    record(by, id, before, valid);
    forgetAfterCommit(before.date().getYear());
    return swaps.find(id).orElseThrow();
  }

  /** Removes a row read at {@code version}; one already removed is left so (a second click). */
  @Transactional
  void remove(long id, int version, Actor by) {
    var before = swaps.find(id);
    if (before.isEmpty()) {
      return;
    }
    if (!swaps.delete(id, version)) {
      throw stale(swaps.find(id).orElse(before.get()));
    }
    Swap gone = before.get();
    audit.record(by, AUDIT, id, "date", gone.date(), null);
    audit.record(by, AUDIT, id, "working", gone.working(), null);
    audit.record(by, AUDIT, id, "reason", gone.reason(), null);
    forgetAfterCommit(gone.date().getYear());
  }

  /** Refuses a swap that would leave the day as the law's calendar has it anyway. */
  private void check(SwapInput.Valid valid) {
    LocalDate date = valid.date();
    boolean byDefault = days.workingByDefault(date);
    List<InputProblem> problems = new ArrayList<>();
    if (valid.working() && byDefault) {
      problems.add(InputProblem.of(0, "kind", "workday.swap.alreadyWorking", VN.format(date)));
    } else if (!valid.working() && !byDefault) {
      problems.add(InputProblem.of(0, "kind", "workday.swap.alreadyOff", VN.format(date)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private Swap same(Swap existing, SwapInput.Valid valid) {
    if (existing.working() == valid.working()
        && Objects.equals(existing.reason(), valid.reason())) {
      return existing;
    }
    throw new ConflictException(
        null,
        List.of(),
        "workday.swap.exists",
        VN.format(existing.date()),
        existing.reason(),
        existing.updatedBy());
  }

  private static ConflictException stale(Swap now) {
    return new ConflictException(
        null,
        List.of(),
        "workday.swap.stale",
        now.updatedBy(),
        VN.format(now.date()),
        now.reason());
  }

  private static ConflictException gone() {
    return new ConflictException(null, List.of(), "workday.swap.gone");
  }

  private void record(Actor by, long id, Swap before, SwapInput.Valid after) {
    audit.record(by, AUDIT, id, "date", before == null ? null : before.date(), after.date());
    audit.record(
        by, AUDIT, id, "working", before == null ? null : before.working(), after.working());
    audit.record(by, AUDIT, id, "reason", before == null ? null : before.reason(), after.reason());
  }

  private void forgetAfterCommit(int year) {
    days.forget(year);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              days.forget(year);
            }
          });
    }
  }
}
