package vn.parindex.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.support.Accounts;
import vn.parindex.support.PostgresTest;
import vn.parindex.support.SeedTables;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * One current version, on a real PostgreSQL over real HTTP with real threads: twenty uploads of one
 * table at once, twenty drafts of one plan at once, two edits of one plan from the same version.
 * Each ends in exactly one success and clear refusals (409), never a 500 or a duplicate.
 */
// The upload gate (429 beyond a few imports at once) is lifted: the race under test is the
// database's.
@PostgresTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"parindex.uploads.per-user=40", "parindex.uploads.overall=40"})
class OneCurrentVersionPostgresTest {

  private static final int AT_ONCE = 20;

  @LocalServerPort int port;
  @Autowired Units units;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private String auth;
  private String unitCode;
  private long unitId;

  @BeforeEach
  void commune() {
    String suffix = String.valueOf(System.nanoTime());
    Unit district =
        units.save(
            new Unit(null, "CD" + suffix, "Vĩnh Linh", UnitType.DISTRICT, null, null, null, false));
    Unit commune =
        units.save(
            new Unit(
                null,
                "CC" + suffix,
                "Vĩnh Chấp",
                UnitType.COMMUNE,
                district.id(),
                null,
                null,
                false));
    unitCode = commune.code();
    unitId = commune.id();
    String name = "chain" + suffix;
    Accounts.create(users, name, "chain-secret-1", district.id(), Role.ADMIN);
    auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((name + ":chain-secret-1").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void twentyUploadsOfOneTableAtOnceStoreOneCurrentVersionAndRefuseTheRest() throws Exception {
    List<Integer> statuses = atOnce(() -> upload(false).statusCode());

    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(currentAssessments()).isEqualTo(1);
  }

  @Test
  void tablesOfTwentyCommunesUploadedAtOnceAreAllStored() throws Exception {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      codes.add(
          units
              .save(
                  new Unit(
                      null,
                      "CM" + i + "-" + System.nanoTime(),
                      "Xã " + i,
                      UnitType.COMMUNE,
                      null,
                      null,
                      null,
                      false))
              .code());
    }
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();

    List<Integer> statuses =
        atOnce(() -> send(multipart(codes.get(next.getAndIncrement()), "", false)).statusCode());

    // each table builds its own partial set: the version numbers they race for are retried
    assertThat(statuses).containsOnly(201);
  }

  @Test
  void aReUploadAsksThenMakesANewVersionThatKeepsTheStatedRank() throws Exception {
    HttpResponse<String> first = upload(true);
    assertThat(first.statusCode()).isEqualTo(201);
    long firstId = ((Number) JsonPath.read(first.body(), "$.id")).longValue();

    HttpResponse<String> again = upload(false);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat((String) JsonPath.read(again.body(), "$.existing"))
        .isEqualTo("/assessments/" + firstId);
    assertThat((String) JsonPath.read(again.body(), "$.detail")).contains("replace=true");

    HttpResponse<String> replaced = send(multipart("&replace=true", false));
    assertThat(replaced.statusCode()).isEqualTo(201);
    long secondId = ((Number) JsonPath.read(replaced.body(), "$.id")).longValue();
    assertThat(secondId).isNotEqualTo(firstId);
    assertThat(currentAssessments()).isEqualTo(1);
    assertThat(
            jdbc.sql("select stated_rank, stated_rank_of from assessment where id = ?")
                .param(secondId)
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2))
                .single())
        .isEqualTo("11/18");
    assertThat(get("/api/v1/assessments/" + firstId).statusCode()).isEqualTo(200);
    String list = get("/api/v1/assessments?unit=" + unitCode).body();
    assertThat((List<Object>) JsonPath.read(list, "$[*].id")).containsExactly((int) secondId);
  }

  @Test
  void twentyDraftsOfOnePlanAtOnceMakeOnePlan() throws Exception {
    long assessment = ((Number) JsonPath.read(upload(true).body(), "$.id")).longValue();

    List<Integer> statuses =
        atOnce(() -> send(post("/api/v1/plans?assessment=" + assessment)).statusCode());

    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from plan where assessment_id = ? and current_mark = 1")
                .param(assessment)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    HttpResponse<String> again = send(post("/api/v1/plans?assessment=" + assessment));
    assertThat(again.statusCode()).isEqualTo(409);
    HttpResponse<String> redraft =
        send(post("/api/v1/plans?assessment=" + assessment + "&replace=true"));
    assertThat(redraft.statusCode()).isEqualTo(201);
    assertThat(
            jdbc.sql("select count(*) from plan where assessment_id = ?")
                .param(assessment)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void twoEditsFromTheSameVersionEndInOneSaveAndOneConflict() throws Exception {
    long assessment = ((Number) JsonPath.read(upload(true).body(), "$.id")).longValue();
    String plan = send(post("/api/v1/plans?assessment=" + assessment)).body();
    long planId = ((Number) JsonPath.read(plan, "$.id")).longValue();
    String read = get("/api/v1/plans/" + planId).body();
    String first = read.replaceFirst("\"closing\":\"[^\"]*\"", "\"closing\":\"Người thứ nhất\"");
    String second = read.replaceFirst("\"closing\":\"[^\"]*\"", "\"closing\":\"Người thứ hai\"");

    List<Integer> statuses = new ArrayList<>();
    statuses.add(send(put("/api/v1/plans/" + planId, first)).statusCode());
    HttpResponse<String> late = send(put("/api/v1/plans/" + planId, second));
    statuses.add(late.statusCode());

    assertThat(statuses).containsExactly(200, 409);
    assertThat(late.body()).contains("closing");
    assertThat((String) JsonPath.read(get("/api/v1/plans/" + planId).body(), "$.closing"))
        .isEqualTo("Người thứ nhất");
  }

  private int currentAssessments() {
    return jdbc.sql("select count(*) from assessment where unit_id = ? and current_mark = 1")
        .param(unitId)
        .query(Integer.class)
        .single();
  }

  private List<Integer> atOnce(Callable<Integer> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private HttpResponse<String> upload(boolean withRank) throws Exception {
    return send(multipart("", withRank));
  }

  private HttpRequest multipart(String query, boolean withRank) throws Exception {
    return multipart(unitCode, query, withRank);
  }

  private HttpRequest multipart(String unit, String query, boolean withRank) throws Exception {
    String boundary = "chain" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "unit", null, unit.getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "year", null, "2024".getBytes(StandardCharsets.UTF_8));
    if (withRank) {
      part(body, boundary, "rank", null, "11".getBytes(StandardCharsets.UTF_8));
      part(body, boundary, "rankOf", null, "18".getBytes(StandardCharsets.UTF_8));
    }
    part(body, boundary, "file", "vinh-chap-2024.csv", SeedTables.csv());
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri("/api/v1/assessments/import?x=1" + query))
        .header("Authorization", auth)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
  }

  private static void part(
      ByteArrayOutputStream body, String boundary, String name, String file, byte[] content)
      throws Exception {
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\""
            + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: text/csv")
            + "\r\n\r\n";
    body.write(head.getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest post(String path) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", auth)
        .POST(HttpRequest.BodyPublishers.noBody())
        .build();
  }

  private HttpRequest put(String path, String json) {
    return HttpRequest.newBuilder(uri(path))
        .header("Authorization", auth)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", auth).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
