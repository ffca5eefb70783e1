package vn.parindex.assessment.publicresults;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;

/**
 * The public results page, without sign-in: choose a parent and a year (the newest published by
 * default), see the ranking and each unit's points by area and criterion.
 */
@Controller
class PublicResultsPage {

  private final PublicResults results;
  private final Messages messages;

  PublicResultsPage(PublicResults results, Messages messages) {
    this.results = results;
    this.messages = messages;
  }

  @GetMapping("/public/results")
  @Access(open = Access.Open.PUBLIC)
  String page(
      @RequestParam(required = false) String parent,
      @RequestParam(required = false) String year,
      Model model,
      HttpServletResponse response) {
    List<Unit> parents = results.parents();
    String parentCode =
        parent != null && !parent.isBlank()
            ? parent.strip()
            : parents.isEmpty() ? null : parents.get(0).code();
    model.addAttribute("parents", parents);
    model.addAttribute("ranking", null);
    model.addAttribute("error", null);
    if (parentCode == null) {
      return "assessment/publicresults/results";
    }
    try {
      model.addAttribute("ranking", results.ranking(parentCode, year(year)));
    } catch (NotFoundException e) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("error", messages.get(e.messageKey(), e.args()));
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("error", messages.describe(e.problems().get(0)));
    }
    return "assessment/publicresults/results";
  }

  /** The year as typed: empty for the newest, a number, or a problem naming the field. */
  private static Integer year(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          InputProblem.ofField(
              0,
              "publicresults.field.year",
              "publicresults.year.invalid",
              typed,
              String.valueOf(PublicResults.FIRST_YEAR),
              String.valueOf(PublicResults.LAST_YEAR)));
    }
  }
}
