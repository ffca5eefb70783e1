package vn.parindex.dossier;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Units, procedures and dossier rows written straight in the tables for the indicator tests (until
 * an import service exists to write them through).
 */
final class DossierRows {

  private final JdbcClient jdbc;

  DossierRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long unit(String code, String name, String type, Long parent) {
    jdbc.sql("insert into unit (code, name, type, parent_id) values (?, ?, ?, ?)")
        .params(code, name, type, parent)
        .update();
    return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
  }

  void procedure(long unit, String code, int level) {
    jdbc.sql(
            "insert into dossier_procedure (unit_id, code, name, online_level, fee_bearing,"
                + " paper_result, updated_at) values (?, ?, ?, ?, false, false, ?)")
        .params(unit, code, "Thủ tục " + code, level, LocalDateTime.now())
        .update();
  }

  /** A dossier; finished (status 10) when {@code finished} is given, being processed otherwise. */
  void dossier(
      long unit,
      String code,
      String procedure,
      LocalDateTime received,
      LocalDateTime finished,
      int channel,
      Boolean late) {
    dossier(unit, code, procedure, received, finished, finished == null ? 4 : 10, channel, late);
  }

  void dossier(
      long unit,
      String code,
      String procedure,
      LocalDateTime received,
      LocalDateTime finished,
      int status,
      int channel,
      Boolean late) {
    jdbc.sql(
            "insert into dossier (unit_id, code, procedure_code, received_at, received_year,"
                + " due_at, effective_due_at, finished_at, returned_at, status, channel,"
                + " digitised, paid_online, fee_total, e_result, supplement_count, late,"
                + " content_hash, synced_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false,"
                + " false, ?, false, 0, ?, 'h', ?)")
        .params(
            unit,
            code,
            procedure,
            received,
            received.getYear(),
            received.plusDays(3),
            received.plusDays(3),
            finished,
            finished,
            status,
            channel,
            BigDecimal.ZERO,
            late,
            LocalDateTime.now())
        .update();
  }
}
