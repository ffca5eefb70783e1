package vn.parindex.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated 2024 dossiers of the demo commune reproduce the seed's published rates of area 2
 * exactly as the seed states them, computed here in memory by the indicators' definitions; the
 * generator is deterministic (two runs, the same bytes) and the current year's records stop at the
 * load moment.
 */
class DemoDossiersTest {

  final List<DemoProcedure> catalogue = DemoProcedure.catalogue();
  final List<DemoDossier> year = DemoDossiers.year2024(catalogue);
  final List<DemoDossier> received = year.stream().filter(DemoDossier::received).toList();
  final List<DemoDossier> finished = year.stream().filter(DemoDossier::finished).toList();

  static String rate(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator * 100)
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  static String rate(List<DemoDossier> of, Predicate<DemoDossier> counted) {
    return rate(of.stream().filter(counted).count(), of.size());
  }

  @Test
  void the2024RecordsReproduceTheSeedsRatesOfArea2() {
    assertThat(rate(received, DemoDossier::digitised)).isEqualTo("94.00"); // 2.1
    assertThat(rate(finished, DemoDossier::eResult)).isEqualTo("99.60"); // 2.2
    List<DemoDossier> feeBearing = received.stream().filter(d -> d.fee() > 0).toList();
    assertThat(rate(feeBearing, DemoDossier::paidOnline)).isEqualTo("90.78"); // 2.3
    assertThat(feeBearing).hasSize(510);
    List<DemoDossier> fullyOnline =
        received.stream().filter(d -> d.procedure().level() == 4).toList();
    assertThat(rate(fullyOnline, DemoDossier::online)).isEqualTo("88.60"); // 2.4
    List<DemoProcedure> capable = catalogue.stream().filter(DemoProcedure::onlineCapable).toList();
    long used =
        capable.stream()
            .filter(p -> received.stream().anyMatch(d -> d.procedure() == p && d.online()))
            .count();
    assertThat(used + "/" + capable.size()).isEqualTo("27/30"); // 2.5: 90%
    assertThat(rate(received, DemoDossier::online)).isEqualTo("83.00"); // 2.6
  }

  @Test
  void aCommunesYearWithSomeLateDossiersSomeApologisedForAllFinishedWithinTheYear() {
    assertThat(received).hasSize(1500);
    assertThat(year).hasSize(1517); // 12 refused at reception, 5 withdrawn
    assertThat(finished).hasSize(1500);
    List<DemoDossier> late = finished.stream().filter(DemoDossier::late).toList();
    assertThat(late).hasSize(9);
    assertThat(late.stream().filter(DemoDossier::apologised)).hasSize(6);
    assertThat(rate(finished, d -> !d.finishedAt().isAfter(d.dueAt()))).isEqualTo("99.40");
    assertThat(late).allMatch(d -> d.finishedAt().isAfter(d.dueAt()));
    assertThat(finished)
        .allMatch(d -> d.finishedAt().getYear() == 2024 && d.returnedAt().getYear() == 2024)
        .allMatch(d -> d.finishedAt().isAfter(d.receivedAt()))
        .allMatch(d -> !d.dueAt().isBefore(d.receivedAt()));
    assertThat(year).allMatch(d -> d.receivedAt().getYear() == 2024);
    assertThat(year).allMatch(d -> DemoDays.working(d.receivedAt().toLocalDate()));
    Map<String, Long> codes =
        year.stream().collect(Collectors.groupingBy(DemoDossier::code, Collectors.counting()));
    assertThat(codes.values()).allMatch(n -> n == 1);
    assertThat(year).allMatch(d -> d.code().startsWith("DEMO-VC-24"));
  }

  @Test
  void twoRunsGiveTheSameBytes() {
    byte[] first = DemoDossierJson.dossiers(DemoDossiers.year2024(DemoProcedure.catalogue()));
    byte[] second = DemoDossierJson.dossiers(DemoDossiers.year2024(DemoProcedure.catalogue()));
    assertThat(second).isEqualTo(first);
    LocalDateTime now = LocalDateTime.of(2026, 12, 7, 13, 27);
    assertThat(DemoDossierJson.dossiers(DemoDossiers.recent(catalogue, now)))
        .isEqualTo(DemoDossierJson.dossiers(DemoDossiers.recent(catalogue, now)));
    assertThat(DemoDossierJson.procedures(catalogue))
        .isEqualTo(DemoDossierJson.procedures(DemoProcedure.catalogue()));
  }

  @Test
  void everyRecordIsInThePortalsSyncShapeAndSaysItIsDemo() {
    String json = new String(DemoDossierJson.dossiers(year), StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"data\":[");
    assertThat(occurrences(json, "\"MaHoSo\":\"DEMO-VC-")).isEqualTo(year.size());
    assertThat(occurrences(json, DemoDossierJson.NOTE)).isEqualTo(year.size());
    assertThat(occurrences(json, "\"NgayTiepNhan\":\"20240102")).isPositive();
    assertThat(occurrences(json, "\"TrangThaiHoSo\":10,")).isEqualTo(1500);
    assertThat(occurrences(json, "\"KenhThucHien\":2,")).isGreaterThanOrEqualTo(1245);
    assertThat(occurrences(json, "\"Gia\":6000"))
        .isEqualTo(year.stream().filter(d -> d.fee() == 6000).count());
    String procedures = new String(DemoDossierJson.procedures(catalogue), StandardCharsets.UTF_8);
    assertThat(occurrences(procedures, DemoDossierJson.NOTE)).isEqualTo(catalogue.size());
    assertThat(occurrences(procedures, "\"TenTTHC\":\"Đăng ký khai sinh\"")).isOne();
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }

  @Test
  void theCurrentYearsRecordsStopAtTheLoadMomentWithSomeStillProcessingAndSomeLate() {
    LocalDateTime now = LocalDateTime.of(2026, 12, 7, 13, 27);
    List<DemoDossier> recent = DemoDossiers.recent(catalogue, now);
    assertThat(recent).hasSizeBetween(250, 600);
    assertThat(recent).allMatch(d -> d.receivedAt().isBefore(now));
    assertThat(recent)
        .allMatch(d -> d.finishedAt() == null || d.finishedAt().isBefore(now))
        .allMatch(d -> d.returnedAt() == null || d.returnedAt().isBefore(now));
    assertThat(recent.stream().filter(d -> d.status() == DemoDossier.PROCESSING)).isNotEmpty();
    List<DemoDossier> late = recent.stream().filter(DemoDossier::late).toList();
    assertThat(late).isNotEmpty();
    assertThat(late.stream().filter(d -> !d.apologised())).isNotEmpty();
    assertThat(recent.get(0).receivedAt().toLocalDate()).isAfterOrEqualTo(LocalDate.of(2026, 9, 7));
  }
}
