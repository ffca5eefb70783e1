package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.support.Accounts;
import vn.parindex.support.HttpLogin;
import vn.parindex.support.SeedTables;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The fuzz corpus ({@code src/test/resources/fuzz/hostile-inputs.txt}) sent to the real server as a
 * client would: every hostile value is answered 422 naming its field, never 500, no internal text
 * reaches the answer, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

  private static final Pattern REPEAT = Pattern.compile("^(.*)\\{(\\d+)}$");
  private static final Pattern INTERNAL =
      Pattern.compile("(?i)exception|java\\.|sql|org\\.|jackson|snakeyaml|\\(\\d+ elements\\)");
  private static final String BOUNDARY = "hostile-boundary";
  private static final JsonMapper JSON = new JsonMapper();
  private static final List<String> TABLES =
      List.of("unit", "assessment", "assessment_entry", "criteria_set", "criterion", "task");

  @LocalServerPort int port;
  @Autowired Users users;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;

  long unitId;
  String unitCode = "FZ-1";

  record Case(String kind, String field, String value, String named) {
    @Override
    public String toString() {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      return kind + " " + field + " = " + shown + " → «" + named + "»";
    }
  }

  static Stream<Case> corpus() throws Exception {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/fuzz/hostile-inputs.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] part = line.split(" \\| ", 4);
      cases.add(
          new Case(part[0].strip(), part[1].strip(), value(part[2].strip()), part[3].strip()));
    }
    return cases.stream();
  }

  /** "x{4001}" repeats x; \\uXXXX, \\r and \\n are escapes. */
  static String value(String raw) {
    Matcher m = REPEAT.matcher(raw);
    String text = m.matches() ? m.group(1).repeat(Integer.parseInt(m.group(2))) : raw;
    Matcher u = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(text);
    StringBuilder out = new StringBuilder();
    while (u.find()) {
      u.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
    }
    u.appendTail(out);
    return out.toString().replace("\\r", "\r").replace("\\n", "\n");
  }

  @BeforeAll
  void account() {
    unitId =
        units
            .save(new Unit(null, unitCode, "Xã Thử", UnitType.COMMUNE, null, null, null, false))
            .id();
    Accounts.create(users, "fuzz.admin", "fuzz-secret", unitId, Role.ADMIN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedNamingItsFieldAndStoresNothing(Case c) throws Exception {
    Map<String, Long> before = counts();

    HttpResponse<String> response = send(c);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode body = JSON.readTree(response.body());
    List<String> named = new ArrayList<>();
    body.path("errors").forEach(e -> named.add(e.path("column").asString()));
    named.add(body.path("field").asString(""));
    if (body.path("detail").asString("").contains("«" + c.named() + "»")) {
      named.add(c.named()); // a file-level problem names the file in its text
    }
    assertThat(named).as(response.body()).contains(c.named());
    // what the user typed is echoed in «»; anything else must be our own words
    String ours = response.body().replaceAll("«[^»]*»", "«»");
    assertThat(INTERNAL.matcher(ours).find()).as(response.body()).isFalse();
    assertThat(counts()).isEqualTo(before);
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  private HttpResponse<String> send(Case c) throws Exception {
    return switch (c.kind()) {
      case "table" -> upload("/api/v1/assessments/import", "bang.csv", table(c), importFields());
      case "param" -> {
        Map<String, String> fields = new java.util.LinkedHashMap<>(importFields());
        fields.put(c.field(), c.value());
        yield upload("/api/v1/assessments/import", "bang.csv", SeedTables.csv(), fields);
      }
      case "yaml" -> upload("/api/v1/frameworks", "bo.yaml", yaml(c), Map.of());
      case "multipart" -> upload("/api/v1/frameworks", c.value(), "name: x".getBytes(), Map.of());
      case "json" -> json("/api/v1/tasks", task(c));
      default -> throw new IllegalArgumentException(c.kind());
    };
  }

  private Map<String, String> importFields() {
    return Map.of("unit", unitCode, "year", "2024");
  }

  /** The seed's score table with one cell of its third line (criterion 1.1) replaced. */
  static byte[] table(Case c) throws Exception {
    String text = new String(SeedTables.csv(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    int column =
        switch (c.field()) {
          case "max" -> 2;
          case "points" -> 3;
          case "reason" -> 4;
          case "measure" -> 5;
          default -> throw new IllegalArgumentException(c.field());
        };
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      for (int i = 0; i < records.size(); i++) {
        List<String> cells = new ArrayList<>(records.get(i).toList());
        if (i == 2) {
          cells.set(column, c.value());
        }
        csv.printRecord(cells);
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] yaml(Case c) {
    if (c.field().equals("syntax")) {
      return ("name: " + c.value() + "\nyear: [").getBytes(StandardCharsets.UTF_8);
    }
    String name = c.field().equals("setname") ? "\"" + c.value() + "\"" : "\"Bộ thử\"";
    String bands = c.field().equals("band") ? "bands:\n  - " + c.value() + "\n" : "";
    StringBuilder item = new StringBuilder();
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("code", "\"1\"");
    fields.put("name", "\"Tiêu chí\"");
    fields.put("max", "1");
    fields.put("method", "proportional");
    if (List.of("code", "name", "max", "params").contains(c.field())) {
      fields.put(c.field(), c.value());
    }
    fields.forEach(
        (k, v) ->
            item.append(item.isEmpty() ? "  - " : "    ")
                .append(k)
                .append(": ")
                .append(v)
                .append('\n'));
    return ("name: " + name + "\nyear: 2031\nunitType: COMMUNE\n" + bands + "criteria:\n" + item)
        .getBytes(StandardCharsets.UTF_8);
  }

  private String task(Case c) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("unit", String.valueOf(unitId));
    fields.put("source", "\"OTHER\"");
    fields.put("title", "\"Nhiệm vụ thử\"");
    fields.put("dueOn", "\"2030-01-01\"");
    switch (c.field()) {
      case "criterionCodes" -> {
        List<String> codes = new ArrayList<>();
        for (String code : c.value().split(";")) {
          codes.add("\"" + code + "\"");
        }
        fields.put("criterionCodes", "[" + String.join(",", codes) + "]");
      }
      case "title" -> fields.put("title", "\"" + c.value() + "\"");
      default -> fields.put(c.field(), c.value());
    }
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (k, v) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
    return json.append('}').toString();
  }

  private HttpResponse<String> upload(
      String path, String fileName, byte[] content, Map<String, String> fields) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var f : fields.entrySet()) {
      body.write(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f.getKey()
                  + "\"\r\n\r\n"
                  + f.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpResponse<String> json(String path, String body) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", HttpLogin.basic("fuzz.admin", "fuzz-secret"));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
