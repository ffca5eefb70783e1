package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * {@link RecordPaths} gives what SpEL gives, without SpEL for a variable followed by our records'
 * members, and leaves everything else to SpEL.
 */
class RecordPathsTest {

  record Counts(int done, int total) {
    public int open() {
      return total - done;
    }

    int hidden() {
      return -1;
    }
  }

  record Row(String title, Counts counts, Row parent) {}

  /** Which expressions reached SpEL. */
  final List<String> toSpel = new ArrayList<>();

  /** Notes the expressions SpEL evaluates, then evaluates them with it. */
  final IStandardVariableExpressionEvaluator spel =
      (context, expression, expContext) -> {
        toSpel.add(expression.getExpression());
        return SPELVariableExpressionEvaluator.INSTANCE.evaluate(context, expression, expContext);
      };

  private String render(String template, Map<String, Object> variables, boolean fastPath) {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(new StringTemplateResolver());
    if (fastPath) {
      RecordPathsInstaller.install(engine, spel);
    }
    return engine.process(template, new Context(null, variables));
  }

  private final Row row = new Row("Công khai <kết quả>", new Counts(3, 5), null);

  @Test
  void readsComponentsAndPublicMethodsOfOurRecordsWithoutSpel() {
    String template =
        "<p th:text=\"${r.title}\"></p><p th:text=\"${r.counts.done}\"></p>"
            + "<p th:text=\"${r.counts.open()}\"></p>";

    String fast = render(template, Map.of("r", row), true);

    assertThat(fast)
        .isEqualTo(render(template, Map.of("r", row), false))
        .isEqualTo("<p>Công khai &lt;kết quả&gt;</p><p>3</p><p>2</p>");
    assertThat(toSpel).isEmpty();
  }

  @Test
  void readsAPageVariableAloneWithoutSpelAndLeavesAMissingOneToIt() {
    String template = "<p th:text=\"${label}\"></p><p th:text=\"${missing}\">x</p>";

    String fast = render(template, Map.of("label", "Đúng hạn"), true);

    assertThat(fast)
        .isEqualTo(render(template, Map.of("label", "Đúng hạn"), false))
        .isEqualTo("<p>Đúng hạn</p><p></p>");
    assertThat(toSpel).containsExactly("missing");
  }

  @Test
  void aNullBeforeANullSafeStepMakesThePathNullWithoutSpel() {
    String template = "<p th:text=\"${r.parent?.title}\">x</p><p th:text=\"${r?.title}\">x</p>";

    String fast = render(template, Map.of("r", row), true);

    assertThat(fast)
        .isEqualTo(render(template, Map.of("r", row), false))
        .isEqualTo("<p></p><p>Công khai &lt;kết quả&gt;</p>");
    assertThat(toSpel).isEmpty();
  }

  @Test
  void leavesOperatorsOtherTypesAndHiddenMembersToSpel() {
    String template =
        "<p th:text=\"${r.counts.done > 2}\"></p><p th:text=\"${s.length()}\"></p>"
            + "<p th:text=\"${r.title.length()}\"></p>";
    Map<String, Object> variables = Map.of("r", row, "s", "abc");

    assertThat(render(template, variables, true))
        .isEqualTo(render(template, variables, false))
        .isEqualTo("<p>true</p><p>3</p><p>19</p>");
    assertThat(toSpel).containsExactly("r.counts.done > 2", "s.length()", "r.title.length()");

    assertThatThrownBy(() -> render("<p th:text=\"${r.counts.hidden()}\"></p>", variables, true))
        .isInstanceOf(TemplateProcessingException.class);
  }

  @Test
  void aNullOnThePathFailsAsSpelDoes() {
    String template = "<p th:text=\"${r.parent.title}\"></p>";

    assertThatThrownBy(() -> render(template, Map.of("r", row), false))
        .isInstanceOf(TemplateProcessingException.class);
    assertThatThrownBy(() -> render(template, Map.of("r", row), true))
        .isInstanceOf(TemplateProcessingException.class)
        .hasMessageContaining("r.parent.title");
    assertThat(toSpel).containsExactly("r.parent.title");
    assertThat(render("<p th:text=\"${missing?.title}\">x</p>", Map.of(), true))
        .isEqualTo("<p></p>");
  }
}
