package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every visible word of a page comes from the message bundles: a text node with letters must sit
 * inside an element whose content Thymeleaf replaces (th:text, th:utext, th:replace, th:insert,
 * th:remove="all"), and every #{key} a template names must exist in Vietnamese.
 */
class TemplatesHaveNoHardCodedTextTest {

  private static final Set<String> REPLACING =
      Set.of("th:text", "th:utext", "th:replace", "th:insert", "data-th-text", "data-th-utext");
  private static final Set<String> NOT_VISIBLE = Set.of("script", "style");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern INLINE = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&#?\\w+;");
  private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)\\s*[(}]");

  @Test
  void templatesHaveNoVisibleHardCodedText() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Resource template : templates()) {
      visit(template.getFilename(), parse(template).getChildren(), false, problems);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMessageKeyOfTheTemplatesExistsInVietnamese() throws Exception {
    Set<String> keys = vietnameseKeys();
    List<String> problems = new ArrayList<>();
    for (Resource template : templates()) {
      String source = read(template);
      Matcher m = KEY.matcher(source);
      while (m.find()) {
        if (!keys.contains(m.group(1))) {
          problems.add(template.getFilename() + ": #{" + m.group(1) + "} is in no _vi bundle");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void checkSeesTheTemplates() throws Exception {
    assertThat(templates()).extracting(Resource::getFilename).contains("layout.html");
  }

  private static void visit(String file, List<INode> nodes, boolean replaced, List<String> out) {
    for (INode node : nodes) {
      if (node instanceof Text text && !replaced) {
        String visible = INLINE.matcher(text.getContent()).replaceAll("").strip();
        if (LETTER.matcher(visible).find()) {
          out.add(file + ": hard-coded text «" + visible + "»");
        }
      } else if (node instanceof Element element) {
        String name = element.getElementName().toLowerCase();
        boolean covered =
            replaced
                || NOT_VISIBLE.contains(name)
                || element.getAttributeMap().keySet().stream().anyMatch(REPLACING::contains)
                || "all".equals(element.getAttributeValue("th:remove"));
        visit(file, element.getChildren(), covered, out);
      }
    }
  }

  static List<Resource> templates() throws IOException {
    Resource[] found =
        new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
    return List.of(found);
  }

  private static Document parse(Resource template) throws Exception {
    return new DOMMarkupParser(ParseConfiguration.htmlConfiguration())
        .parse(template.getFilename(), read(template));
  }

  private static String read(Resource resource) throws IOException {
    try (var in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Set<String> vietnameseKeys() throws IOException {
    Set<String> keys = new HashSet<>();
    for (String pattern :
        List.of("classpath*:messages_vi.properties", "classpath*:i18n/*_vi.properties")) {
      for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        Properties properties = new Properties();
        try (Reader reader =
            new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        keys.addAll(properties.stringPropertyNames());
      }
    }
    return keys;
  }
}
