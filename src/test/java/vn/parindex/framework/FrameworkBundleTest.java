package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The framework bundle has the same keys in both languages, and every key a page uses. */
class FrameworkBundleTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (var in = FrameworkBundleTest.class.getResourceAsStream("/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(load("framework_en.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("framework_vi.properties").keySet());
  }

  @Test
  void everyFrameworkKeyUsedInTheTemplatesExists() throws IOException {
    Properties vi = load("framework_vi.properties");
    Set<String> used = new TreeSet<>();
    Pattern key = Pattern.compile("\\.t\\(\"(framework(?:\\.[a-zA-Z]+)+)\"");
    try (Stream<Path> files = Files.list(Path.of("src/main/jte/framework/web"))) {
      for (Path file : files.toList()) {
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(vi.stringPropertyNames()).containsAll(used);
  }
}
