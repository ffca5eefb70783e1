package vn.parindex.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.support.PostgresTest;

/**
 * Rows written by COPY read back exactly as the same rows inserted with bound parameters: every
 * text that CSV could misread (quotes, commas, line breaks, tabs, backslashes, a lone {@code \.},
 * an empty text beside a null), Vietnamese, decimals rounded by the column, nulls of every type;
 * and they belong to the transaction under way.
 */
@PostgresTest
class BulkRowsPostgresTest {

  static final List<String> COLUMNS = List.of("label", "amount", "whole", "big", "flag", "day");
  static final String SHAPE =
      " (seq serial primary key, label varchar(4000), amount numeric(10, 4), whole integer,"
          + " big bigint, flag boolean, day date)";

  @Autowired BulkRows bulk;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  static List<Object[]> rows() {
    List<Object> texts =
        List.of(
            "",
            "a\"b",
            "\"",
            "\"\"",
            "a,b",
            "dòng 1\ndòng 2",
            "cr\rlf\r\n",
            "tab\there",
            "back\\slash\\",
            "\\.",
            "\\N",
            "NULL",
            "  khoảng trắng  ",
            "Điểm được đánh giá: Ủy ban nhân dân xã",
            "chữ ghép 😀 𝔸",
            ",\"\n\\.\n");
    List<Object[]> rows = new ArrayList<>();
    Object[] decimals = {
      new BigDecimal("1.2345"),
      BigDecimal.ZERO,
      new BigDecimal("-0.5"),
      new BigDecimal("1E+2"),
      new BigDecimal("2.00005"),
      new BigDecimal("0.00001"),
      new BigDecimal("123456.7890")
    };
    for (int i = 0; i < texts.size(); i++) {
      rows.add(
          new Object[] {
            texts.get(i),
            decimals[i % decimals.length],
            i % 3 == 0 ? null : i * 1000 - 7000,
            i % 4 == 0 ? null : 9_000_000_000L + i,
            i % 5 == 0 ? null : i % 2 == 0,
            i % 6 == 0 ? null : LocalDate.of(2026, 1 + i % 12, 1 + i)
          });
    }
    rows.add(new Object[] {null, null, null, null, null, null});
    // more than one send's worth of bytes
    for (int i = 0; i < 3000; i++) {
      rows.add(
          new Object[] {
            "Rà soát, bổ sung văn bản và dẫn chứng số " + i,
            BigDecimal.valueOf(i, 2),
            i,
            (long) i,
            true,
            LocalDate.of(2027, 6, 30)
          });
    }
    return rows;
  }

  @Test
  void copiedRowsReadBackAsTheSameRowsInserted() {
    List<Object[]> rows = rows();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              jdbc.execute("create temporary table probe_copied" + SHAPE);
              jdbc.execute("create temporary table probe_inserted" + SHAPE);
              assertThat(bulk.copy("probe_copied", COLUMNS, rows)).isTrue();
              jdbc.batchUpdate(
                  "insert into probe_inserted (label, amount, whole, big, flag, day)"
                      + " values (?, ?, ?, ?, ?, ?)",
                  rows,
                  new int[] {
                    Types.VARCHAR,
                    Types.NUMERIC,
                    Types.INTEGER,
                    Types.BIGINT,
                    Types.BOOLEAN,
                    Types.DATE
                  });
              List<List<String>> copied = read("probe_copied");
              assertThat(copied).hasSize(rows.size()).isEqualTo(read("probe_inserted"));
              for (int i = 0; i < rows.size(); i++) {
                assertThat(copied.get(i).get(0)).isEqualTo(rows.get(i)[0]);
              }
              assertThat(copied.get(0).get(0)).isEmpty();
              assertThat(copied.get(16)).containsOnlyNulls();
              assertThat(copied.get(4).get(1)).isEqualTo("2.0001");
              status.setRollbackOnly();
            });
  }

  @Test
  void copiedRowsAreTakenBackWithTheirTransaction() {
    jdbc.execute("create table probe_rolled_back" + SHAPE);
    try {
      assertThatThrownBy(
              () ->
                  new TransactionTemplate(transactions)
                      .executeWithoutResult(
                          status -> {
                            assertThat(bulk.copy("probe_rolled_back", COLUMNS, rows())).isTrue();
                            assertThat(count("probe_rolled_back")).isEqualTo(rows().size());
                            throw new IllegalStateException("later step fails");
                          }))
          .hasMessage("later step fails");
      assertThat(count("probe_rolled_back")).isZero();
    } finally {
      jdbc.execute("drop table probe_rolled_back");
    }
  }

  @Test
  void aValueWithoutAnExactFormIsRefusedAndNothingIsWritten() {
    jdbc.execute("create table probe_refused" + SHAPE);
    try {
      List<Object[]> rows = rows();
      rows.add(new Object[] {"a", 1.5d, null, null, null, null});
      assertThatThrownBy(
              () ->
                  new TransactionTemplate(transactions)
                      .executeWithoutResult(status -> bulk.copy("probe_refused", COLUMNS, rows)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("java.lang.Double");
      assertThat(count("probe_refused")).isZero();
    } finally {
      jdbc.execute("drop table probe_refused");
    }
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  private List<List<String>> read(String table) {
    return jdbc.query(
        "select label, amount, whole, big, flag, day from " + table + " order by seq",
        (rs, n) -> {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= 6; i++) {
            row.add(rs.getString(i));
          }
          return row;
        });
  }
}
