package vn.parindex.round;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;

/**
 * A leaf's numerator and denominator taken from the unit's one-stop dossiers of the round's year
 * ({@link DossierFill}); the body's {@code version} is the entry's as read (optional, as for a
 * typed entry).
 */
@RestController
@Access(RoundAccess.class)
class DossierFillApi {

  record FillRequest(Integer version) {}

  private final DossierFill fill;
  private final RoundAccess access;
  private final Clock clock;

  DossierFillApi(DossierFill fill, RoundAccess access, Clock clock) {
    this.fill = fill;
    this.access = access;
    this.clock = clock;
  }

  @PostMapping("/api/v1/rounds/{id}/units/{unit}/entries/{code}/dossiers")
  RoundViews.EntryView fill(
      @PathVariable long id,
      @PathVariable String unit,
      @PathVariable String code,
      @RequestBody(required = false) FillRequest body) {
    Integer version = body == null ? null : body.version();
    return RoundViews.EntryView.of(
        fill.write(id, unit, code, version, Actor.now(access.user(), clock), LocalDate.now(clock)));
  }
}
