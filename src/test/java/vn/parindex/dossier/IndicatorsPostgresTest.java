package vn.parindex.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.support.PostgresTest;

/** The indicators count the dossiers of a unit in a period, on the real PostgreSQL. */
@PostgresTest
class IndicatorsPostgresTest {

  @Autowired JdbcClient jdbc;
  @Autowired Indicators indicators;
  @Autowired IndicatorTrends trends;
  @Autowired IndicatorDossiers dossiers;

  @Test
  void countsEachIndicatorFromTheRecordsOfThePeriod() {
    jdbc.sql("insert into unit (code, name, type) values ('IND1', 'Xã Chỉ Số', 'COMMUNE')")
        .update();
    long unit = jdbc.sql("select id from unit where code = 'IND1'").query(Long.class).single();
    procedure(unit, "P4", 4, true);
    procedure(unit, "P3", 3, false);
    procedure(unit, "P2", 2, false);
    // online-capable, but nobody used it online in the period
    procedure(unit, "P3B", 3, false);
    LocalDateTime may = LocalDateTime.of(2026, 5, 4, 8, 0);
    // online, fully-online procedure, fee paid online, digitised, finished on time with an e-result
    dossier(unit, "A", "P4", may, 10, 2, true, true, "20000", true, false);
    // in person, fee not paid online, finished late, no e-result
    dossier(unit, "B", "P4", may, 10, 1, false, false, "50000", false, true);
    // online for a partly-online procedure, still being processed
    dossier(unit, "C", "P3", may, 4, 2, true, false, "0", false, null);
    // withdrawn: counts nowhere
    dossier(unit, "D", "P4", may, 7, 2, true, true, "1000", true, null);
    // received outside the period
    dossier(unit, "E", "P4", may.minusYears(1), 10, 2, true, true, "1000", true, false);
    jdbc.sql(
            "insert into dossier_apology (unit_id, dossier_code, letter_number, letter_date,"
                + " created_at, created_by) values (?, 'B', '01/XL', ?, ?, 'test')")
        .params(unit, LocalDate.of(2026, 5, 20), LocalDateTime.now())
        .update();

    Map<IndicatorCode, IndicatorFigure> figures =
        indicators.of(unit, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).stream()
            .collect(Collectors.toMap(IndicatorFigure::code, f -> f));

    assertThat(figures.get(IndicatorCode.ONLINE)).isEqualTo(fig(IndicatorCode.ONLINE, 2, 3));
    assertThat(figures.get(IndicatorCode.FULL_ONLINE))
        .isEqualTo(fig(IndicatorCode.FULL_ONLINE, 1, 2));
    assertThat(figures.get(IndicatorCode.ONLINE_PAYMENT))
        .isEqualTo(fig(IndicatorCode.ONLINE_PAYMENT, 1, 2));
    assertThat(figures.get(IndicatorCode.DIGITISED)).isEqualTo(fig(IndicatorCode.DIGITISED, 2, 3));
    assertThat(figures.get(IndicatorCode.ON_TIME)).isEqualTo(fig(IndicatorCode.ON_TIME, 1, 2));
    assertThat(figures.get(IndicatorCode.E_RESULT)).isEqualTo(fig(IndicatorCode.E_RESULT, 1, 2));
    assertThat(figures.get(IndicatorCode.SERVICES_WITH_ONLINE))
        .isEqualTo(fig(IndicatorCode.SERVICES_WITH_ONLINE, 2, 3));
    assertThat(figures.get(IndicatorCode.APOLOGY)).isEqualTo(fig(IndicatorCode.APOLOGY, 1, 1));
    assertThat(figures.get(IndicatorCode.ONLINE_PAYMENT).rate())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("50.00"));
    assertThat(
            indicators
                .of(List.of(unit), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                .get(unit))
        .filteredOn(f -> f.code() != IndicatorCode.SERVICES_WITH_ONLINE)
        .allSatisfy(f -> assertThat(f.applicable()).isFalse());
  }

  @Test
  void aPeriodEndsWithTheWholeOfItsLastLocalDay() {
    DossierRows rows = new DossierRows(jdbc);
    long unit = rows.unit("IND2", "Xã Cuối Ngày", "COMMUNE", null);
    rows.procedure(unit, "P3", 3);
    LocalDateTime lastMinute = LocalDateTime.of(2026, 3, 31, 23, 59, 59);
    rows.dossier(unit, "IN", "P3", lastMinute, null, 2, null);
    rows.dossier(unit, "FIRST", "P3", LocalDateTime.of(2026, 3, 1, 0, 0), null, 1, null);
    rows.dossier(unit, "AFTER", "P3", LocalDateTime.of(2026, 4, 1, 0, 0), null, 2, null);
    rows.dossier(unit, "BEFORE", "P3", LocalDateTime.of(2026, 2, 28, 23, 59, 59), null, 2, null);
    IndicatorFigure online =
        indicators.of(unit, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).get(1);
    assertThat(online).isEqualTo(fig(IndicatorCode.ONLINE, 1, 2));
    assertThat(
            dossiers
                .of(
                    unit,
                    IndicatorCode.ONLINE,
                    IndicatorPeriod.parse("2026-03", LocalDate.of(2026, 5, 1)),
                    0,
                    10)
                .dossiers())
        .extracting(IndicatorDossier::code)
        .containsExactly("FIRST", "IN");
  }

  @Test
  void theMonthsOfAYearAddUpToTheYearInOneGroupedQuery() {
    DossierRows rows = new DossierRows(jdbc);
    long unit = rows.unit("IND3", "Xã Theo Tháng", "COMMUNE", null);
    long other = rows.unit("IND4", "Xã Khác Tháng", "COMMUNE", null);
    rows.procedure(unit, "P3", 3);
    rows.procedure(other, "P3", 3);
    LocalDateTime jan = LocalDateTime.of(2025, 1, 30, 10, 0);
    // received in January, finished (late) in February
    rows.dossier(unit, "A", "P3", jan, jan.plusDays(5), 2, true);
    rows.dossier(unit, "B", "P3", jan.plusMonths(2), jan.plusMonths(2).plusDays(1), 1, false);
    rows.dossier(other, "C", "P3", jan.plusMonths(2), null, 2, null);
    var months = trends.of(List.of(unit, other), 2025);
    assertThat(months.get(IndicatorCode.ONLINE).get(0)).isEqualTo(fig(IndicatorCode.ONLINE, 1, 1));
    assertThat(months.get(IndicatorCode.ON_TIME).get(0).applicable()).isFalse();
    assertThat(months.get(IndicatorCode.ON_TIME).get(1))
        .isEqualTo(fig(IndicatorCode.ON_TIME, 0, 1));
    assertThat(months.get(IndicatorCode.APOLOGY).get(1))
        .isEqualTo(fig(IndicatorCode.APOLOGY, 0, 1));
    assertThat(months.get(IndicatorCode.ONLINE).get(2)).isEqualTo(fig(IndicatorCode.ONLINE, 1, 2));
    // the same procedure code in two units is two online services
    assertThat(months.get(IndicatorCode.SERVICES_WITH_ONLINE).get(2))
        .isEqualTo(fig(IndicatorCode.SERVICES_WITH_ONLINE, 1, 2));
    assertThat(months.get(IndicatorCode.ONLINE)).hasSize(12);
  }

  private static IndicatorFigure fig(IndicatorCode code, long numerator, long denominator) {
    return new IndicatorFigure(code, numerator, denominator);
  }

  private void procedure(long unit, String code, int level, boolean fee) {
    jdbc.sql(
            "insert into dossier_procedure (unit_id, code, name, online_level, fee_bearing,"
                + " paper_result, updated_at) values (?, ?, ?, ?, ?, false, ?)")
        .params(unit, code, "Thủ tục " + code, level, fee, LocalDateTime.now())
        .update();
  }

  private void dossier(
      long unit,
      String code,
      String procedure,
      LocalDateTime received,
      int status,
      int channel,
      boolean digitised,
      boolean paidOnline,
      String fee,
      boolean eResult,
      Boolean late) {
    LocalDateTime finished = status >= 9 ? received.plusDays(5) : null;
    jdbc.sql(
            "insert into dossier (unit_id, code, procedure_code, received_at, received_year,"
                + " due_at, effective_due_at, finished_at, returned_at, status, channel,"
                + " digitised, paid_online, fee_total, e_result, supplement_count, late,"
                + " content_hash, synced_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, 0, ?, 'h', ?)")
        .params(
            unit,
            code,
            procedure,
            received,
            received.getYear(),
            received.plusDays(4),
            received.plusDays(4),
            finished,
            finished,
            status,
            channel,
            digitised,
            paidOnline,
            new java.math.BigDecimal(fee),
            eResult,
            late,
            LocalDateTime.now())
        .update();
  }
}
