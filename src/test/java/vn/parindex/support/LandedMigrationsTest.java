package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A migration that has run on a database must never change: Flyway refuses to start the app on that
 * database ("Migration checksum mismatch"). The landed migrations and their Flyway checksums are
 * pinned in {@code db/landed-migrations.csv}; this test fails when one of them is edited, renamed
 * or deleted. After a release, append the migrations it shipped ({@code file,checksum}: Flyway's
 * checksum, as {@code flyway info} or the {@code flyway_schema_history} table shows it).
 */
class LandedMigrationsTest {

  private static final String PINNED = "/db/landed-migrations.csv";

  @Test
  void landedMigrationsAreUnchanged() throws IOException {
    Map<String, Integer> pinned = pinned();
    Map<String, Integer> current = current();
    assertThat(pinned).as("pinned migrations").isNotEmpty();
    for (var entry : pinned.entrySet()) {
      String file = entry.getKey();
      assertThat(current)
          .as(
              "%s has landed and may already have run on a database: it must stay in"
                  + " src/main/resources/db/migration under this name",
              file)
          .containsKey(file);
      assertThat(current.get(file))
          .as(
              "%s has landed and may already have run on a database, where Flyway now refuses to"
                  + " start (checksum mismatch). Restore it (git checkout main -- the file) and"
                  + " make the change in a NEW migration with the next free version",
              file)
          .isEqualTo(entry.getValue());
    }
  }

  @Test
  void everyMigrationBeforeTheLastPinnedOneIsPinned() throws IOException {
    Map<String, Integer> pinned = pinned();
    int lastPinned =
        pinned.keySet().stream().mapToInt(LandedMigrationsTest::version).max().orElse(0);
    List<String> unpinned =
        current().keySet().stream()
            .filter(file -> version(file) <= lastPinned && !pinned.containsKey(file))
            .toList();
    assertThat(unpinned)
        .as(
            "a new migration must take a version above the last landed one (V%d): a lower version"
                + " is skipped or refused on databases that already ran V%d",
            lastPinned, lastPinned)
        .isEmpty();
  }

  /** Flyway's own checksums (CRC32 over the lines, line endings ignored), as it validates them. */
  private static Map<String, Integer> current() {
    Flyway flyway =
        Flyway.configure()
            .dataSource("jdbc:h2:mem:landed-migrations;MODE=PostgreSQL", "sa", "")
            .locations("classpath:db/migration")
            .load();
    Map<String, Integer> checksums = new TreeMap<>();
    for (MigrationInfo info : flyway.info().all()) {
      checksums.put(info.getScript(), info.getChecksum());
    }
    return checksums;
  }

  private static Map<String, Integer> pinned() throws IOException {
    Map<String, Integer> pinned = new LinkedHashMap<>();
    try (InputStream in = LandedMigrationsTest.class.getResourceAsStream(PINNED)) {
      assertThat(in).as(PINNED).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] parts = text.split(",");
        pinned.put(parts[0].strip(), Integer.valueOf(parts[1].strip()));
      }
    }
    return pinned;
  }

  private static int version(String file) {
    return Integer.parseInt(file.substring(1, file.indexOf("__")));
  }
}
