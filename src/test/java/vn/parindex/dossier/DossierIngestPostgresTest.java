package vn.parindex.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.support.PostgresTest;

/** The import on the real PostgreSQL: a partitioned table, COPY, and pushes racing each other. */
@PostgresTest
class DossierIngestPostgresTest {

  @Autowired JdbcClient jdbc;
  @Autowired DossierImport imports;

  private long unit(String code) {
    jdbc.sql("insert into unit (code, name, type) values (?, 'Xã Song Song', 'COMMUNE')")
        .param(code)
        .update();
    return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
  }

  @Test
  void theDossierTableIsPartitionedByYear() {
    assertThat(
            jdbc.sql(
                    "select count(*) from pg_inherits i join pg_class p on p.oid = i.inhparent"
                        + " where p.relname = 'dossier' and p.relnamespace = current_schema()::regnamespace")
                .query(Long.class)
                .single())
        .isEqualTo(17);
  }

  @Test
  void twoPushesOfTheSameBatchAtOnceEndWithOneRowPerDossier() throws Exception {
    long unit = unit("PGR1");
    byte[] batch = batch(500, 2).getBytes(StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<DossierImport.Result>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return imports.json(unit, new ByteArrayInputStream(batch));
              }));
    }
    start.countDown();
    long added = 0;
    long unchanged = 0;
    for (var r : results) {
      added += r.get().added();
      unchanged += r.get().unchanged();
    }
    pool.shutdown();
    assertThat(added).isEqualTo(500);
    assertThat(unchanged).isEqualTo(500);
    assertThat(count(unit)).isEqualTo(500);
  }

  @Test
  void aResyncUpdatesInPlaceEvenWhenTheYearOfReceptionMoves() {
    long unit = unit("PGR2");
    assertThat(imports.json(unit, stream(batch(10, 2))))
        .isEqualTo(new DossierImport.Result(10, 0, 0));
    assertThat(imports.json(unit, stream(batch(10, 2))))
        .isEqualTo(new DossierImport.Result(0, 0, 10));
    String moved =
        batch(10, 2)
            .replace(
                "\"MaHoSo\":\"R3\",\"MaTTHC\":\"1.001\",\"NgayTiepNhan\":\"2025",
                "\"MaHoSo\":\"R3\",\"MaTTHC\":\"1.001\",\"NgayTiepNhan\":\"2024");
    assertThat(imports.json(unit, stream(moved))).isEqualTo(new DossierImport.Result(0, 1, 9));
    assertThat(count(unit)).isEqualTo(10);
    assertThat(
            jdbc.sql("select received_year from dossier where unit_id = ? and code = 'R3'")
                .param(unit)
                .query(Integer.class)
                .single())
        .isEqualTo(2024);
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code n} records R0…, finished late every {@code lateEvery}th. */
  static String batch(int n, int lateEvery) {
    StringBuilder b =
        new StringBuilder("{\"isUpdating\":true,\"service\":\"DongBoHoSoMC\",\"data\":[");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"MaHoSo\":\"R")
          .append(i)
          .append("\",\"MaTTHC\":\"1.001\",\"NgayTiepNhan\":\"20250303080000\",")
          .append("\"NgayHenTra\":\"20250305170000\",\"NgayKetThucXuLy\":\"")
          .append(i % lateEvery == 0 ? "20250306090000" : "20250304090000")
          .append("\",\"TrangThaiHoSo\":10,\"KenhThucHien\":2,")
          .append("\"DanhSachLePhi\":[{\"Gia\":10000}],\"DuocThanhToanTrucTuyen\":1}");
    }
    return b.append("]}").toString();
  }

  private long count(long unit) {
    return jdbc.sql("select count(*) from dossier where unit_id = ?")
        .param(unit)
        .query(Long.class)
        .single();
  }
}
