package vn.parindex.system;

import java.util.Set;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Adds {@link RecordProperties} to the expression context of every page as it starts rendering
 * (Thymeleaf builds that context per page; a pre-processor is its hook).
 */
@Component
class RecordPropertiesDialect extends AbstractDialect implements IPreProcessorDialect {

  RecordPropertiesDialect() {
    super("ParIndex record properties");
  }

  @Override
  public int getDialectPreProcessorPrecedence() {
    return 1000;
  }

  @Override
  public Set<IPreProcessor> getPreProcessors() {
    return Set.of(new PreProcessor(TemplateMode.HTML, Installer.class, 1000));
  }

  /** Installs the accessor once per page; passes every template event on unchanged. */
  public static final class Installer extends AbstractTemplateHandler {

    @Override
    public void setContext(ITemplateContext context) {
      super.setContext(context);
      Object expressions =
          context.getVariable(
              ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
      if (expressions instanceof StandardEvaluationContext standard
          && !standard.getPropertyAccessors().contains(RecordProperties.INSTANCE)) {
        standard.addPropertyAccessor(RecordProperties.INSTANCE);
      }
    }
  }
}
