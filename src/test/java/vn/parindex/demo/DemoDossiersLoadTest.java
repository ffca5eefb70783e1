package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.dossier.DossierImport;
import vn.parindex.dossier.IndicatorCode;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.dossier.Indicators;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.ScoreInput;
import vn.parindex.unit.Units;

/**
 * The demo, started on an empty H2, pushes Vĩnh Chấp's one-stop records through the dossier import:
 * the indicators of 2024 then reproduce the seed's published rates, and area 2 of the seed's 2024
 * table scores itself from them, to the seed's points (0.91 where the seed recorded 0.9).
 */
@SpringBootTest(properties = "parindex.demo.enabled=true")
@ActiveProfiles("test")
class DemoDossiersLoadTest {

  @Autowired Indicators indicators;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired DossierImport dossiers;
  @Autowired JdbcClient jdbc;

  long commune() {
    return units.findByCode(DemoData.COMMUNE_CODE).orElseThrow().id();
  }

  Map<IndicatorCode, IndicatorFigure> year2024() {
    return indicators.of(commune(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).stream()
        .collect(Collectors.toMap(IndicatorFigure::code, Function.identity()));
  }

  @Test
  void theIndicatorsOf2024ReproduceTheSeedsPublishedRates() {
    Map<IndicatorCode, String> rates = new LinkedHashMap<>();
    year2024().forEach((code, f) -> rates.put(code, f.rate().orElseThrow().toPlainString()));
    assertThat(rates)
        .containsEntry(IndicatorCode.DIGITISED, "94.00")
        .containsEntry(IndicatorCode.E_RESULT, "99.60")
        .containsEntry(IndicatorCode.ONLINE_PAYMENT, "90.78")
        .containsEntry(IndicatorCode.FULL_ONLINE, "88.60")
        .containsEntry(IndicatorCode.SERVICES_WITH_ONLINE, "90.00")
        .containsEntry(IndicatorCode.ONLINE, "83.00")
        .containsEntry(IndicatorCode.ON_TIME, "99.40");
    IndicatorFigure apology = year2024().get(IndicatorCode.APOLOGY);
    assertThat(apology.numerator() + "/" + apology.denominator()).isEqualTo("6/9");
    IndicatorFigure payment = year2024().get(IndicatorCode.ONLINE_PAYMENT);
    assertThat(payment.numerator() + "/" + payment.denominator()).isEqualTo("463/510");
  }

  @Test
  void area2OfTheSeedsTableScoresItselfFromTheDossiers() {
    long setId =
        jdbc.sql("select a.set_id from assessment a where a.unit_id = ? and a.index_year = 2024")
            .param(commune())
            .query(Long.class)
            .single();
    CriteriaSet set = sets.findById(setId).orElseThrow();
    assertThat(set.name()).contains("DEMO");
    Map<IndicatorCode, IndicatorFigure> figures = year2024();
    Map<String, String> points = new LinkedHashMap<>();
    for (Criterion leaf : set.leaves()) {
      if (leaf.source() != null) {
        IndicatorFigure f = figures.get(IndicatorCode.valueOf(leaf.source()));
        BigDecimal scored =
            leaf.method()
                .score(
                    leaf.maxPoints(),
                    ScoreInput.ofRatio(
                        BigDecimal.valueOf(f.numerator()), BigDecimal.valueOf(f.denominator())))
                .orElseThrow();
        points.put(
            leaf.code().value() + " " + leaf.source(),
            scored.setScale(2, RoundingMode.HALF_UP).toPlainString());
      }
    }
    assertThat(points)
        .containsExactly(
            Map.entry("2.1 DIGITISED", "0.94"),
            Map.entry("2.2 E_RESULT", "1.99"),
            Map.entry("2.3 ONLINE_PAYMENT", "0.91"),
            Map.entry("2.4 FULL_ONLINE", "0.89"),
            Map.entry("2.5 SERVICES_WITH_ONLINE", "0.90"),
            Map.entry("2.6 ONLINE", "0.83"));
  }

  @Test
  void aSecondPushOfTheSameYearChangesNothing() {
    List<DemoDossier> year = DemoDossiers.year2024(DemoProcedure.catalogue());
    DossierImport.Result again =
        dossiers.json(commune(), new ByteArrayInputStream(DemoDossierJson.dossiers(year)));
    assertThat(again.added()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(year.size());
  }
}
