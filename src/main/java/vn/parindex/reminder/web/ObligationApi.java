package vn.parindex.reminder.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.account.UnitScope;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationForm;
import vn.parindex.framework.ObligationYaml;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;
import vn.parindex.reminder.ObligationCalendar;
import vn.parindex.reminder.Obligations;
import vn.parindex.unit.Unit;

/** The obligations calendar of a unit and year; a unit's own obligations and occurrences. */
@RestController
@Access(UnitChoice.class)
class ObligationApi {

  /** An occurrence: done on a date (with evidence), or an ad-hoc request received. */
  record OccurrenceCommand(LocalDate doneOn, LocalDate requestedOn, String evidence) {}

  /** What was created. */
  record Created(long id) {}

  private final ObligationCalendar calendar;
  private final Obligations obligations;
  private final UnitChoice units;
  private final UnitScope scope;
  private final Accounts accounts;
  private final Clock clock;

  ObligationApi(
      ObligationCalendar calendar,
      Obligations obligations,
      UnitChoice units,
      UnitScope scope,
      Accounts accounts,
      Clock clock) {
    this.clock = clock;
    this.calendar = calendar;
    this.obligations = obligations;
    this.units = units;
    this.scope = scope;
    this.accounts = accounts;
  }

  @GetMapping("/api/v1/obligations")
  List<ObligationRow> obligations(
      @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year) {
    Unit chosen = units.resolve(unit);
    LocalDate today = LocalDate.now(clock);
    return calendar.of(chosen.id(), year == null ? today.getYear() : year, today).stream()
        .map(ObligationRow::of)
        .toList();
  }

  @PostMapping("/api/v1/obligations")
  @ResponseStatus(HttpStatus.CREATED)
  Created add(@RequestParam String unit, @RequestBody ObligationForm form) {
    Unit chosen = units.writable(unit);
    scope.require(UnitChoice.MANAGERS);
    return new Created(obligations.add(form.toObligation(chosen.id())));
  }

  /** Adds the unit's obligations from a YAML file, all or nothing. */
  @PostMapping(value = "/api/v1/obligations/import", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  List<Created> importYaml(@RequestParam String unit, @RequestParam("file") MultipartFile file)
      throws IOException {
    Unit chosen = units.writable(unit);
    scope.require(UnitChoice.MANAGERS);
    List<Obligation> read = ObligationYaml.read(file.getBytes(), chosen.id());
    return obligations.addAll(read).stream().map(Created::new).toList();
  }

  @PostMapping("/api/v1/obligations/{id}/occurrences")
  @ResponseStatus(HttpStatus.CREATED)
  void record(
      @PathVariable long id, @RequestParam String unit, @RequestBody OccurrenceCommand command) {
    Unit chosen = units.writable(unit);
    Obligation obligation =
        obligations
            .find(id)
            .filter(o -> o.unitId() == null || o.unitId() == chosen.id())
            .orElseThrow(() -> new NotFoundException("reminder.obligation.unknown"));
    LocalDate day = command.requestedOn() != null ? command.requestedOn() : command.doneOn();
    if (day == null) {
      throw new InvalidInputException(
          InputProblem.of(0, "doneOn", "reminder.occurrence.date.required"));
    }
    obligations.record(
        obligation.id(),
        chosen.id(),
        day.getYear(),
        command.requestedOn(),
        command.doneOn(),
        Text.cleanOrNull(command.evidence()),
        accounts.current().id());
  }
}
