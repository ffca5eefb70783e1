package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

/**
 * The templates ({@code src/main/jte}, the only template engine) hold to one rule: every visible
 * word comes from the message bundles ({@code page.t("key")}), and every key they name exists in
 * Vietnamese.
 */
class CompiledTemplatesHaveNoHardCodedTextTest {

  private static final Path SOURCES = Path.of("src/main/jte");
  private static final Set<String> NOT_VISIBLE = Set.of("script", "style");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
  private static final Pattern KEY = Pattern.compile("\\.t\\(\"([A-Za-z0-9_.\\-]+)\"\\s*[,)]");
  private static final Pattern DIRECTIVE = Pattern.compile("@(\\w+)");

  @Test
  void compiledTemplatesHaveNoVisibleHardCodedText() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      problems.addAll(hardCoded(template.toString(), Files.readString(template)));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMessageKeyOfTheCompiledTemplatesExistsInVietnamese() throws Exception {
    Set<String> keys = vietnameseKeys();
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      Matcher m = KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
      while (m.find()) {
        if (!keys.contains(m.group(1))) {
          problems.add(template + ": page.t(\"" + m.group(1) + "\") is in no _vi bundle");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void checkSeesTheTemplatesAndFindsHardCodedText() throws Exception {
    assertThat(templates()).extracting(p -> p.getFileName().toString()).contains("header.jte");
    String sample =
        "@param Page page\n@template.page.layout(page = page, title = page.t(\"a\"), content = @`"
            + "<p>${page.t(\"a\")} @if(x)<b>Chờ xác nhận</b>@endif</p><script>var a;</script>`)";
    assertThat(hardCoded("sample", sample))
        .containsExactly("sample: hard-coded text «Chờ xác nhận»");
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
    }
  }

  /** The text left once the template's code (expressions, directives, parameters) is taken out. */
  static List<String> hardCoded(String file, String source) throws Exception {
    String markup = withoutCode(source);
    List<String> out = new ArrayList<>();
    visit(
        file,
        new DOMMarkupParser(ParseConfiguration.htmlConfiguration())
            .parse(file, markup)
            .getChildren(),
        out);
    return out;
  }

  private static void visit(String file, List<INode> nodes, List<String> out) {
    for (INode node : nodes) {
      if (node instanceof Text text) {
        String visible = ENTITY.matcher(text.getContent()).replaceAll("").strip();
        if (LETTER.matcher(visible).find()) {
          out.add(file + ": hard-coded text «" + visible + "»");
        }
      } else if (node instanceof Element element
          && !NOT_VISIBLE.contains(element.getElementName().toLowerCase())) {
        visit(file, element.getChildren(), out);
      }
    }
  }

  private static String withoutCode(String source) {
    StringBuilder kept = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if ((c == '$' || c == '!') && source.startsWith("{", i + 1)) {
        i = closing(source, i + 1, '{', '}');
      } else if (c == '@') {
        Matcher word = DIRECTIVE.matcher(source).region(i, source.length());
        if (!word.lookingAt()) {
          kept.append(c);
          i++;
          continue;
        }
        String name = word.group(1);
        i = word.end();
        if (name.equals("import") || name.equals("param")) {
          int end = source.indexOf('\n', i);
          i = end < 0 ? source.length() : end;
        } else if (name.equals("template")) {
          i = templateCall(source, source.indexOf('(', i), kept);
        } else if (i < source.length() && source.charAt(i) == '(') {
          i = closing(source, i, '(', ')');
        }
      } else {
        kept.append(c);
        i++;
      }
    }
    return kept.toString();
  }

  /**
   * Skips a template call's arguments (code) but keeps the markup of its content blocks
   * ({@code @`…`}, a page's body given to the layout), itself taken out of code; returns the index
   * just past the call.
   */
  private static int templateCall(String source, int open, StringBuilder kept) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '@' && source.startsWith("`", i + 1)) {
        int end = source.indexOf('`', i + 2);
        kept.append(withoutCode(source.substring(i + 2, end)));
        i = end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    throw new IllegalStateException("unbalanced template call at " + open);
  }

  /** The index just past the bracket that closes the one at {@code open}. */
  private static int closing(String source, int open, char opening, char closing) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == opening) {
        depth++;
      } else if (c == closing && --depth == 0) {
        return i + 1;
      }
    }
    throw new IllegalStateException("unbalanced " + opening + " at " + open);
  }

  /** Every message key of the Vietnamese bundles. */
  static Set<String> vietnameseKeys() throws java.io.IOException {
    Set<String> keys = new java.util.HashSet<>();
    for (String pattern :
        List.of("classpath*:messages_vi.properties", "classpath*:i18n/*_vi.properties")) {
      for (org.springframework.core.io.Resource bundle :
          new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
              .getResources(pattern)) {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader reader =
            new java.io.InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
        keys.addAll(properties.stringPropertyNames());
      }
    }
    return keys;
  }
}
