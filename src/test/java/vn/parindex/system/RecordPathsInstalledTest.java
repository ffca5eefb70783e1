package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;

/** The application's template engine reads record paths first, and keeps its other dialects. */
@SpringBootTest
@ActiveProfiles("test")
class RecordPathsInstalledTest {

  @Autowired SpringTemplateEngine engine;

  @Test
  void theEnginesStandardDialectIsOursAndTheOthersStay() {
    assertThat(engine.getDialects())
        .filteredOn(SpringStandardDialect.class::isInstance)
        .singleElement()
        .isInstanceOf(RecordPathsInstaller.Dialect.class)
        .extracting(d -> ((SpringStandardDialect) d).getVariableExpressionEvaluator())
        .isInstanceOf(RecordPaths.class);
    assertThat(engine.getDialects()).hasAtLeastOneElementOfType(RecordPropertiesDialect.class);
  }
}
