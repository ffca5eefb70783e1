package vn.parindex.system;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;

/**
 * Puts {@link RecordPaths} in front of the template engine's SpEL evaluator: Spring's standard
 * dialect fixes its evaluator, so the engine gets that dialect with ours instead; its other
 * dialects stay as they are.
 */
@Component
class RecordPathsInstaller implements BeanPostProcessor {

  /** Spring's standard dialect, with record paths read before SpEL. */
  static final class Dialect extends SpringStandardDialect {

    private final RecordPaths evaluator;

    Dialect(IStandardVariableExpressionEvaluator spel) {
      this.evaluator = new RecordPaths(spel);
    }

    @Override
    public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
      return evaluator;
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof SpringTemplateEngine engine) {
      install(engine, SPELVariableExpressionEvaluator.INSTANCE);
    }
    return bean;
  }

  static void install(SpringTemplateEngine engine, IStandardVariableExpressionEvaluator spel) {
    Set<IDialect> dialects = new LinkedHashSet<>();
    for (IDialect dialect : engine.getDialects()) {
      dialects.add(dialect.getClass() == SpringStandardDialect.class ? new Dialect(spel) : dialect);
    }
    engine.setDialects(dialects);
  }
}
