package vn.parindex.system;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Vietnamese first; "?lang=en" switches to English and is remembered in a cookie. */
@Configuration
class WebConfig implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** The messages of {@code spring.messages.*}, each text looked up once per language. */
  @Bean
  MessageSource messageSource(
      @Value("${spring.messages.basename}") String[] basenames,
      @Value("${spring.messages.encoding:UTF-8}") String encoding,
      @Value("${spring.messages.fallback-to-system-locale:true}") boolean fallbackToSystemLocale) {
    BundledMessages messages = new BundledMessages();
    messages.setBasenames(basenames);
    messages.setDefaultEncoding(encoding);
    messages.setFallbackToSystemLocale(fallbackToSystemLocale);
    return messages;
  }

  /** Controller methods found by {@link PrefixedHandlerMapping}: the same, at less cost. */
  @Bean
  WebMvcRegistrations prefixedMappings() {
    return new WebMvcRegistrations() {
      @Override
      public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PrefixedHandlerMapping();
      }
    };
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("parindex-lang");
    resolver.setDefaultLocale(VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    registry.addInterceptor(change);
  }
}
