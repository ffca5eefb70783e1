package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each feature owns its tables (declared in {@code db/table-owners.csv}) and is the only one whose
 * SQL names them: another feature asks it through a public read method, so that what "open" or
 * "overdue" means is stated once, beside the data. A table a migration creates without an owner
 * fails too. Known exceptions, each with its reason, are listed in {@code
 * db/foreign-table-exemptions.csv}; one that no longer applies fails, so the list only shrinks.
 */
class TablesOwnedByFeaturesTest {

  private static final Path JAVA = Path.of("src/main/java/vn/parindex");
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path MIGRATIONS = RESOURCES.resolve("db/migration");

  @Test
  void everyTableAMigrationCreatesHasOneOwningFeature() throws IOException {
    Map<String, String> owners = owners();
    Set<String> created = new TreeSet<>();
    for (Path migration : files(MIGRATIONS, ".sql")) {
      created.addAll(SqlTables.created(read(migration)));
    }
    assertThat(created).as("tables the migrations create").isNotEmpty();
    assertThat(new TreeSet<>(owners.keySet()))
        .as(
            "db/table-owners.csv must list each table the migrations create, with the feature that"
                + " owns it, and no other")
        .isEqualTo(created);
    for (var owner : owners.entrySet()) {
      assertThat(JAVA.resolve(owner.getValue()))
          .as("the owner of %s is a feature package", owner.getKey())
          .isDirectory();
    }
  }

  @Test
  void noFeaturesSqlNamesAnotherFeaturesTables() throws IOException {
    Map<String, String> owners = owners();
    List<SqlTables.Violation> found = new ArrayList<>();
    for (Path file : files(JAVA, ".java")) {
      found.addAll(
          SqlTables.violations(owners, feature(JAVA.relativize(file)), name(file), read(file)));
    }
    for (Path file : files(RESOURCES, ".sql")) {
      if (!file.startsWith(MIGRATIONS)) {
        found.addAll(
            SqlTables.violations(
                owners, feature(RESOURCES.relativize(file)), name(file), read(file)));
      }
    }
    Set<String> exempt = exemptions();
    List<SqlTables.Violation> unexempt =
        found.stream().filter(v -> !exempt.contains(key(v.file(), v.table()))).toList();
    assertThat(unexempt).as("SQL naming another feature's tables").isEmpty();
    Set<String> stale = new TreeSet<>(exempt);
    found.forEach(v -> stale.remove(key(v.file(), v.table())));
    assertThat(stale)
        .as("exemptions in db/foreign-table-exemptions.csv that no longer apply: delete them")
        .isEmpty();
  }

  /** The feature of a file: its first folder (a Java package under vn.parindex). */
  private static String feature(Path relative) {
    return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
  }

  /** The file as the exemptions name it: its name alone, so that moving a class keeps its entry. */
  private static String name(Path file) {
    return file.getFileName().toString();
  }

  private static String key(String file, String table) {
    return file + "," + table;
  }

  private static Map<String, String> owners() {
    Map<String, String> owners = new LinkedHashMap<>();
    for (String[] row : rows("/db/table-owners.csv")) {
      assertThat(owners.put(row[0], row[1])).as("one owner for table %s", row[0]).isNull();
    }
    return owners;
  }

  private static Set<String> exemptions() {
    Set<String> keys = new HashSet<>();
    for (String[] row : rows("/db/foreign-table-exemptions.csv")) {
      assertThat(row).as("file,table,why: %s", String.join(",", row)).hasSizeGreaterThan(2);
      keys.add(key(row[0], row[1]));
    }
    return keys;
  }

  private static List<String[]> rows(String resource) {
    try (var in = TablesOwnedByFeaturesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          rows.add(Stream.of(text.split(",", 3)).map(String::strip).toArray(String[]::new));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
