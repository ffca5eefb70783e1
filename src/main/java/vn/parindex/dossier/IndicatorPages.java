package vn.parindex.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.unit.Unit;

/**
 * The commune's indicators page ({@code /indicators?unit=ID&period=…}), the dossiers behind one
 * indicator ({@code /indicators/ON_TIME?…}) and, on a late dossier's line there, its apology
 * letter.
 */
@Controller
@Access(IndicatorAccess.class)
class IndicatorPages {

  private final IndicatorAccess access;
  private final Indicators indicators;
  private final IndicatorDossiers dossiers;
  private final Apologies apologies;
  private final Messages messages;
  private final Clock clock;

  IndicatorPages(
      IndicatorAccess access,
      Indicators indicators,
      IndicatorDossiers dossiers,
      Apologies apologies,
      Messages messages,
      Clock clock) {
    this.access = access;
    this.indicators = indicators;
    this.dossiers = dossiers;
    this.apologies = apologies;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/indicators")
  String unit(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletResponse response,
      Model model) {
    Unit u = access.byId(unit);
    IndicatorPeriod p = period(period, from, to, response, model);
    List<IndicatorView> views =
        indicators.of(u.id(), p.from(), p.to()).stream()
            .map(f -> IndicatorView.of(f, messages))
            .toList();
    model.addAttribute("unit", u);
    model.addAttribute("period", p);
    model.addAttribute("choices", PeriodChoice.around(LocalDate.now(clock)));
    model.addAttribute("views", views);
    return "dossier/indicators";
  }

  @GetMapping("/indicators/{code}")
  String dossiers(
      @PathVariable String code,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) String saved,
      HttpServletResponse response,
      Model model) {
    return render(code, unit, period, page, Form.empty(), null, saved, response, model);
  }

  @PostMapping("/indicators/{code}/apology")
  String apology(
      @PathVariable String code,
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws IOException {
    Unit u = access.byId(unit);
    access.checkWrite(u.id());
    String dossier = request.getParameter("dossier");
    try {
      ApologyLetter letter = ApologyForm.read(request, file);
      apologies.record(Actor.now(access.scope().user(), clock), u.id(), letter);
      return "redirect:/indicators/"
          + IndicatorApi.code(code).name()
          + "?unit="
          + u.id()
          + "&period="
          + vn.parindex.page.Page.param(period == null ? "" : period)
          + "&saved="
          + vn.parindex.page.Page.param(letter.dossierCode())
          + "#d-"
          + vn.parindex.page.Page.param(letter.dossierCode());
    } catch (InvalidInputException e) {
      response.setStatus(422);
      Form form = ApologyForm.refused(request, e, messages);
      return render(code, u.id(), period, 0, form, dossier, null, response, model);
    } catch (ConflictException e) {
      response.setStatus(409);
      Form form =
          Form.of(request.getParameterMap())
              .withErrors(List.of(messages.get(e.messageKey(), e.args())));
      return render(code, u.id(), period, 0, form, dossier, null, response, model);
    }
  }

  private String render(
      String code,
      Long unit,
      String period,
      int page,
      Form form,
      String formDossier,
      String saved,
      HttpServletResponse response,
      Model model) {
    IndicatorCode indicator = IndicatorApi.code(code);
    Unit u = access.byId(unit);
    IndicatorPeriod p = period(period, null, null, response, model);
    IndicatorFigure figure =
        indicators.of(u.id(), p.from(), p.to()).stream()
            .filter(f -> f.code() == indicator)
            .findFirst()
            .orElseThrow();
    model.addAttribute("unit", u);
    model.addAttribute("period", p);
    model.addAttribute("view", IndicatorView.of(figure, messages));
    model.addAttribute("list", dossiers.of(u.id(), indicator, p, page, 50));
    model.addAttribute("canWrite", access.canWrite(u.id()));
    model.addAttribute("form", form);
    model.addAttribute("formDossier", formDossier);
    model.addAttribute("saved", saved);
    return "dossier/indicator";
  }

  /** The period asked for; a wrong one is said on the page, which shows the live period. */
  private IndicatorPeriod period(
      String period, String from, String to, HttpServletResponse response, Model model) {
    LocalDate today = LocalDate.now(clock);
    try {
      if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
        return IndicatorPeriod.parse(from.strip() + ".." + to.strip(), today);
      }
      return IndicatorPeriod.parse(period, today);
    } catch (InvalidInputException e) {
      response.setStatus(422);
      model.addAttribute("periodError", messages.describe(e.problems().get(0)));
      return IndicatorPeriod.parse(IndicatorPeriod.TODAY, today);
    }
  }
}
