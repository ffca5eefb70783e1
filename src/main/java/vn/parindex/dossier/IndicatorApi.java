package vn.parindex.dossier;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;

/**
 * The indicators of a unit over a period, and the dossiers behind each (unit scope as on the
 * pages): {@code GET /api/v1/indicators?unit=CODE&from=…&to=…}, {@code GET
 * /api/v1/indicators/ON_TIME/dossiers?unit=CODE&from=…&to=…&page=0&size=100}.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Access(IndicatorAccess.class)
class IndicatorApi {

  private final IndicatorAccess access;
  private final Indicators indicators;
  private final IndicatorDossiers dossiers;
  private final Messages messages;

  IndicatorApi(
      IndicatorAccess access,
      Indicators indicators,
      IndicatorDossiers dossiers,
      Messages messages) {
    this.access = access;
    this.indicators = indicators;
    this.dossiers = dossiers;
    this.messages = messages;
  }

  /** The unit's figures, with the period they count. */
  record Answer(String unit, LocalDate from, LocalDate to, List<IndicatorView> indicators) {}

  @GetMapping
  Answer indicators(
      @RequestParam String unit, @RequestParam LocalDate from, @RequestParam LocalDate to) {
    Unit u = access.byCode(unit);
    IndicatorPeriod period = IndicatorPeriod.range(from, to);
    List<IndicatorView> views =
        indicators.of(u.id(), period.from(), period.to()).stream()
            .map(f -> IndicatorView.of(f, messages))
            .toList();
    return new Answer(u.code(), from, to, views);
  }

  @GetMapping("/{code}/dossiers")
  IndicatorDossierPage dossiers(
      @PathVariable String code,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size)
      throws MissingServletRequestParameterException {
    // an indicator that does not exist is not found, whatever else the request lacks
    IndicatorCode indicator = code(code);
    required("unit", unit);
    required("from", from);
    required("to", to);
    Unit u = access.byCode(unit);
    return dossiers.of(u.id(), indicator, IndicatorPeriod.range(from, to), page, size);
  }

  private static void required(String name, Object value)
      throws MissingServletRequestParameterException {
    if (value == null) {
      throw new MissingServletRequestParameterException(name, "String");
    }
  }

  static IndicatorCode code(String code) {
    return Arrays.stream(IndicatorCode.values())
        .filter(c -> c.name().equalsIgnoreCase(code == null ? "" : code.strip()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("dossier.indicator.notfound", code));
  }
}
