package vn.parindex.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.imports.ImportCommand;
import vn.parindex.support.SeedTables;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * A file held while its person decides lives in the database: another instance (here a second,
 * separate {@link HeldUploads} with nothing in memory) confirms it; it is for that person only,
 * expires after half an hour, lands once, and each person holds a bounded number and size.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class HeldUploadsTest {

  static final Instant AT = Instant.parse("2027-04-01T02:00:00Z");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Units units;

  final AtomicReference<Instant> now = new AtomicReference<>(AT);
  final Clock clock = new SharedClock(now, ZoneId.of("Asia/Ho_Chi_Minh"));

  private HeldUploads instance(String maxBytes) {
    return new HeldUploads(jdbc, clock, DataSize.parse(maxBytes));
  }

  private static ImportCommand command(String unit) {
    return new ImportCommand(
        unit,
        2024,
        null,
        AssessmentStage.SELF,
        "bảng điểm.csv",
        seed(),
        new java.math.BigDecimal("6.47"),
        new StatedRank(11, 18, -2));
  }

  @Test
  void anotherInstanceConfirmsWhatOneHeldAndOnlyOnce() {
    String user = "giu." + System.nanoTime();
    String token = new PendingUploads(instance("40MB")).hold(user, command("HU-1"));

    PendingUploads other = new PendingUploads(instance("40MB"));
    assertThat(other.take("nguoi.khac", token)).isEmpty();
    ImportCommand taken = other.take(user, token).orElseThrow();
    assertThat(taken.unitCode()).isEqualTo("HU-1");
    assertThat(taken.year()).isEqualTo(2024);
    assertThat(taken.stage()).isEqualTo(AssessmentStage.SELF);
    assertThat(taken.fileName()).isEqualTo("bảng điểm.csv");
    assertThat(taken.content()).isEqualTo(seed());
    assertThat(taken.statedLoss()).isEqualByComparingTo("6.47");
    assertThat(taken.statedRank()).isEqualTo(new StatedRank(11, 18, -2));
    assertThat(other.take(user, token)).as("a second confirm").isEmpty();
  }

  @Test
  void aHeldFileExpiresAfterHalfAnHourAndIsCleanedByTheNextHold() {
    String user = "het.han." + System.nanoTime();
    HeldUploads held = instance("40MB");
    String token = held.hold(user, HeldUploads.Purpose.CREATE_UNITS, "a.csv", new byte[] {1}, "P");
    now.set(AT.plus(HeldUploads.KEEP).plusSeconds(1));
    assertThat(held.take(user, HeldUploads.Purpose.CREATE_UNITS, token)).isEmpty();

    held.hold(
        "nguoi.khac." + System.nanoTime(), HeldUploads.Purpose.CREATE_UNITS, "b", new byte[1], "");
    assertThat(count("token = '" + token + "'")).isZero();
  }

  @Test
  void eachPersonHoldsAFewFilesOfBoundedSizeTheOldestGoingFirst() {
    String user = "gioi.han." + System.nanoTime();
    HeldUploads held = instance("10KB");
    String first = held.hold(user, HeldUploads.Purpose.CREATE_UNITS, "1", new byte[4000], "");
    for (int i = 2; i <= 5; i++) {
      now.set(now.get().plusSeconds(1));
      held.hold(user, HeldUploads.Purpose.CREATE_UNITS, String.valueOf(i), new byte[100], "");
    }
    assertThat(count("username = '" + user + "'")).isEqualTo(HeldUploads.PER_USER);
    assertThat(held.take(user, HeldUploads.Purpose.CREATE_UNITS, first)).isEmpty();

    now.set(now.get().plusSeconds(1));
    held.hold(user, HeldUploads.Purpose.CREATE_UNITS, "big", new byte[10_200], "");
    assertThat(
            jdbc.sql("select sum(size_bytes) from held_upload where username = ?")
                .param(user)
                .query(Long.class)
                .single())
        .isLessThanOrEqualTo(DataSize.parse("10KB").toBytes());
    assertThat(count("username = '" + user + "'")).as("only the newest fits").isEqualTo(1);
  }

  @Test
  void replacingATableConfirmsTheHeldUploadFromTheDatabase() throws Exception {
    String code = "HU" + System.nanoTime();
    units.save(new Unit(null, code, "Xã Giữ Tệp", UnitType.COMMUNE, null, null, null, false));
    mvc.perform(upload(code)).andExpect(status().is3xxRedirection());
    String page =
        mvc.perform(upload(code))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String token = value(page, "token");
    assertThat(count("token = '" + token + "'")).isEqualTo(1);

    mvc.perform(
            post("/assessments/upload/replace")
                .param("token", token)
                .param("seen", value(page, "seen"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(count("token = '" + token + "'")).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from assessment a join unit u on u.id = a.unit_id"
                        + " where u.code = ?")
                .param(code)
                .query(Integer.class)
                .single())
        .isEqualTo(2);

    mvc.perform(
            post("/assessments/upload/replace")
                .param("token", token)
                .param("seen", value(page, "seen"))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("class=\"errors\"")));
  }

  private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder
      upload(String code) {
    return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
        multipart("/assessments/upload")
            .file(new MockMultipartFile("file", "seed.csv", "text/csv", seed()))
            .param("unit", code)
            .param("year", "2024")
            .with(csrf());
  }

  private static byte[] seed() {
    try {
      return SeedTables.csv();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String value(String page, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  private int count(String where) {
    return jdbc.sql("select count(*) from held_upload where " + where)
        .query(Integer.class)
        .single();
  }

  /** A clock whose instant the test moves, seen in any zone. */
  static final class SharedClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    SharedClock(AtomicReference<Instant> now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new SharedClock(now, other);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
