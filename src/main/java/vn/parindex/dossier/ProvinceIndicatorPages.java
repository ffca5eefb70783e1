package vn.parindex.dossier;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.input.Attachment;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.unit.Unit;

/**
 * The province's page of every unit under it ({@code /indicators/province?unit=ID&year=…}): units ×
 * indicators with traffic lights, the monthly trends, the late dossiers of each unit; and the same
 * table as CSV and XLSX.
 */
@Controller
@Access(IndicatorAccess.class)
class ProvinceIndicatorPages {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final IndicatorAccess access;
  private final ProvinceIndicators province;
  private final MessageSource messages;
  private final Clock clock;

  ProvinceIndicatorPages(
      IndicatorAccess access, ProvinceIndicators province, MessageSource messages, Clock clock) {
    this.access = access;
    this.province = province;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/indicators/province")
  String page(
      @RequestParam(required = false) Long unit,
      @RequestParam(required = false) Integer year,
      Model model) {
    ProvinceIndicators.View view = view(unit, year);
    model.addAttribute("view", view);
    model.addAttribute("charts", Sparkline.of(view.months()));
    return "dossier/province";
  }

  @GetMapping("/indicators/province.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year) {
    ProvinceIndicators.View view = view(unit, year);
    return Attachment.of(name(view) + ".csv", CSV, export(view).csv());
  }

  @GetMapping("/indicators/province.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year) {
    ProvinceIndicators.View view = view(unit, year);
    return Attachment.of(name(view) + ".xlsx", XLSX, export(view).xlsx(name(view)));
  }

  /** A year out of range is said in words on the error page (422), never a stack trace. */
  @org.springframework.web.bind.annotation.ExceptionHandler(InvalidInputException.class)
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
  String invalid(InvalidInputException e, Model model) {
    model.addAttribute("status", 422);
    model.addAttribute(
        "detail",
        messages.getMessage(
            e.problems().get(0).messageKey(), null, LocaleContextHolder.getLocale()));
    return "error";
  }

  private ProvinceIndicators.View view(Long unit, Integer year) {
    Unit parent = access.byId(unit);
    LocalDate today = LocalDate.now(clock);
    int y = year == null ? today.getYear() : year;
    if (y < 2000 || y > today.getYear()) {
      throw new InvalidInputException(
          InputProblem.ofField(
              0, "dossier.indicator.field.year", "dossier.indicator.year.invalid"));
    }
    return province.of(parent, y, today, access.scope().visibility());
  }

  private ProvinceIndicatorExport export(ProvinceIndicators.View view) {
    return ProvinceIndicatorExport.of(
        view, key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
  }

  private String name(ProvinceIndicators.View view) {
    return messages.getMessage(
        "dossier.indicator.province.file",
        new Object[] {view.parent().name(), String.valueOf(view.year())},
        LocaleContextHolder.getLocale());
  }
}
