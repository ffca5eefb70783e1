package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.account.UnitScope;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.round.DossierFill;
import vn.parindex.round.RoundAccess;

/**
 * The button beside a leaf fed by the one-stop dossiers: its numerator and denominator taken from
 * the unit's dossiers of the round's year. A refusal (no dossiers, locked, saved meanwhile) shows
 * the page again with the reason above it.
 */
@Controller
@Access(RoundAccess.class)
class DossierFillPages {

  private final DossierFill fill;
  private final UnitPage page;
  private final UnitScope scope;
  private final Messages messages;
  private final Clock clock;

  DossierFillPages(
      DossierFill fill, UnitPage page, UnitScope scope, Messages messages, Clock clock) {
    this.fill = fill;
    this.page = page;
    this.scope = scope;
    this.messages = messages;
    this.clock = clock;
  }

  @PostMapping("/rounds/{id}/units/{unit}/entries/{code}/dossiers")
  String fill(
      @PathVariable long id,
      @PathVariable String unit,
      @PathVariable String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      fill.fill(
          id,
          unit,
          code,
          PageForms.integer(request, "version"),
          Actor.now(scope.user(), clock),
          LocalDate.now(clock));
      return "redirect:/rounds/" + id + "/units/" + unit + "?saved=" + code + "#leaf-" + code;
    } catch (ConflictException e) {
      Form form = PageForms.conflict(request, response, e, messages);
      return page.render(id, unit, form, scope.user(), request, model);
    } catch (InvalidInputException e) {
      Form form = PageForms.refused(request, response, e, messages);
      return page.render(id, unit, form, scope.user(), request, model);
    }
  }
}
