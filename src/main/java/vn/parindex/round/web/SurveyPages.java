package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.account.UnitScope;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.round.RoundAccess;
import vn.parindex.round.RoundSheets;
import vn.parindex.round.SurveySheet;

/**
 * The survey import form of a round's page. A refused file shows the round page again with every
 * problem (row and column as the file wrote them) above the form; nothing is stored.
 */
@Controller
@Access(RoundAccess.class)
class SurveyPages {

  private final SurveySheet surveys;
  private final RoundSheets sheets;
  private final Messages messages;
  private final UnitScope scope;
  private final Clock clock;

  SurveyPages(
      SurveySheet surveys, RoundSheets sheets, Messages messages, UnitScope scope, Clock clock) {
    this.scope = scope;
    this.clock = clock;
    this.surveys = surveys;
    this.sheets = sheets;
    this.messages = messages;
  }

  @PostMapping("/rounds/{id}/survey")
  String upload(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws IOException {
    try {
      surveys.importFile(
          id,
          file == null ? null : file.getOriginalFilename(),
          file == null ? new byte[0] : file.getBytes(),
          PageForms.integer(request, "version"),
          Actor.now(scope.user(), clock));
      return "redirect:/rounds/" + id + "#survey";
    } catch (InvalidInputException e) {
      // each problem with its row and column as the file wrote them (a form field has neither)
      response.setStatus(422);
      Form form =
          Form.of(request.getParameterMap())
              .withErrors(e.problems().stream().map(messages::describe).toList());
      return render(id, form, model);
    } catch (ConflictException e) {
      return render(id, PageForms.conflict(request, response, e, messages), model);
    }
  }

  private String render(long id, Form form, Model model) {
    model.addAttribute("detail", sheets.detail(id));
    model.addAttribute("survey", surveys.block(id));
    model.addAttribute("surveyForm", form);
    return "round/web/round";
  }
}
