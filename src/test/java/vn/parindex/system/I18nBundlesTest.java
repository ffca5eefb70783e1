package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every bundle has a Vietnamese and an English file with the same keys, none blank. */
class I18nBundlesTest {

  @Test
  void everyVietnameseBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles()) {
      Set<String> vi = load(bundle + "_vi.properties").stringPropertyNames();
      Properties enProperties = load(bundle + "_en.properties");
      if (enProperties == null) {
        problems.add(bundle + "_en.properties is missing");
        continue;
      }
      Set<String> en = enProperties.stringPropertyNames();
      Set<String> onlyVi = new TreeSet<>(vi);
      onlyVi.removeAll(en);
      Set<String> onlyEn = new TreeSet<>(en);
      onlyEn.removeAll(vi);
      onlyVi.forEach(key -> problems.add(bundle + ": «" + key + "» only in _vi"));
      onlyEn.forEach(key -> problems.add(bundle + ": «" + key + "» only in _en"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noMessageIsBlank() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles()) {
      for (String suffix : List.of("_vi", "_en")) {
        Properties properties = load(bundle + suffix + ".properties");
        if (properties != null) {
          properties.stringPropertyNames().stream()
              .filter(key -> properties.getProperty(key).isBlank())
              .forEach(key -> problems.add(bundle + suffix + ": «" + key + "» is blank"));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void vietnameseMessagesAreNfc() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles()) {
      Properties vi = load(bundle + "_vi.properties");
      vi.stringPropertyNames().stream()
          .filter(key -> !Normalizer.isNormalized(vi.getProperty(key), Normalizer.Form.NFC))
          .forEach(key -> problems.add(bundle + "_vi: «" + key + "» is not NFC"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void sharedAndFeatureBundlesAreFound() throws IOException {
    assertThat(bundles()).contains("messages", "i18n/web");
  }

  /** "messages" and "i18n/<feature>", from every *_vi.properties on the main classpath. */
  static Set<String> bundles() throws IOException {
    Set<String> names = new TreeSet<>();
    var resolver = new PathMatchingResourcePatternResolver();
    for (String pattern :
        List.of("classpath*:messages_vi.properties", "classpath*:i18n/*_vi.properties")) {
      for (Resource resource : resolver.getResources(pattern)) {
        String file = resource.getFilename();
        String dir = pattern.contains("i18n/") ? "i18n/" : "";
        names.add(dir + file.substring(0, file.length() - "_vi.properties".length()));
      }
    }
    return names;
  }

  /** The bundle file read as UTF-8 (as spring.messages.encoding says), or null when absent. */
  static Properties load(String path) throws IOException {
    var stream = I18nBundlesTest.class.getClassLoader().getResourceAsStream(path);
    if (stream == null) {
      return null;
    }
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
