package vn.parindex.page;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives the Thymeleaf pages the compiled layout as {@code #layout} (a bean reference, {@code
 * @pageLayout}, is refused where Thymeleaf writes unescaped text) and the date formatter as {@code
 * #times}.
 */
@Component
class PageLayoutDialect extends AbstractDialect implements IExpressionObjectDialect {

  private final PageLayout layout;

  PageLayoutDialect(PageLayout layout) {
    super("ParIndex page layout");
    this.layout = layout;
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of("layout", "times");
      }

      @Override
      public Object buildObject(IExpressionContext context, String name) {
        return "times".equals(name) ? Times.INSTANCE : layout;
      }

      @Override
      public boolean isCacheable(String name) {
        return true;
      }
    };
  }
}
