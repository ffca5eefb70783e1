package vn.parindex.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.view.AbstractUrlBasedView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * The compiled pages: a view name with a template under {@code src/main/jte} (for instance {@code
 * dashboard/unit} for {@code src/main/jte/dashboard/unit.jte}) is rendered by that template's
 * class, generated and compiled with the application ({@code jte-maven-plugin}, package {@code
 * vn.parindex} plus the template's folder, so a template sees its feature's view records). Every
 * page is one (there is no other template engine); redirects and forwards are left to Spring.
 */
@Configuration
class CompiledPages {

  static final String PACKAGE = "vn.parindex";

  @Bean
  TemplateEngine compiledTemplates() {
    return TemplateEngine.createPrecompiled(
        null, ContentType.Html, CompiledPages.class.getClassLoader(), PACKAGE);
  }

  @Bean
  UrlBasedViewResolver compiledPageResolver(TemplateEngine compiledTemplates, PageFrames frames) {
    return new Resolver(compiledTemplates, frames);
  }

  /** Resolves the names that have a compiled template; remembers, per name, whether one exists. */
  static final class Resolver extends UrlBasedViewResolver {

    private final TemplateEngine templates;
    private final PageFrames frames;

    Resolver(TemplateEngine templates, PageFrames frames) {
      this.templates = templates;
      this.frames = frames;
      setSuffix(".jte");
      setViewClass(CompiledPageView.class);
      setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    }

    @Override
    protected boolean canHandle(String viewName, Locale locale) {
      return !viewName.startsWith(REDIRECT_URL_PREFIX) && !viewName.startsWith(FORWARD_URL_PREFIX);
    }

    @Override
    protected AbstractUrlBasedView instantiateView() {
      return new CompiledPageView(templates, frames);
    }

    @Override
    protected Class<?> requiredViewClass() {
      return CompiledPageView.class;
    }
  }
}
