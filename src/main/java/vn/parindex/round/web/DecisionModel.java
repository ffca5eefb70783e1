package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;
import vn.parindex.page.Form;
import vn.parindex.round.RoundDecisions;

/**
 * Gives the round page its reopen and publish part ("decisions") without a line in its controller
 * (the unit page's comes with {@link UnitPage}): from the path's {@code id} and {@code unit},
 * computed only if the page is rendered.
 */
@ControllerAdvice(assignableTypes = RoundPages.class)
class DecisionModel {

  private final RoundDecisions decisions;

  DecisionModel(RoundDecisions decisions) {
    this.decisions = decisions;
  }

  @ModelAttribute("decisions")
  Decisions decisions(HttpServletRequest request) {
    return of(decisions, request, Form.empty(), null);
  }

  static Decisions of(RoundDecisions decisions, HttpServletRequest request, Form form, String act) {
    @SuppressWarnings("unchecked")
    Map<String, String> path =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String id = path == null ? null : path.get("id");
    String unit = path == null ? null : path.get("unit");
    if (id == null || !id.chars().allMatch(Character::isDigit) || id.length() > 18) {
      return null;
    }
    long roundId = Long.parseLong(id);
    return new Decisions(
        () -> decisions.roundOffer(roundId),
        () -> unit == null ? null : decisions.unitOffer(roundId, unit),
        form,
        act,
        unit != null);
  }
}
