package vn.parindex.system;

import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files under their own paths only (Boot's catch-all "/**" mapping is off): with it, every
 * link a page renders was looked up on the classpath, which cost more than the page's queries.
 * Links are not rewritten to versioned URLs, so the resource chain's link filter is off as well (it
 * resolved every {@code @{…}} of every page against the resource handlers).
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

  private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1));

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> off =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    off.setEnabled(false);
    return off;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/css/**")
        .addResourceLocations("classpath:/static/css/")
        .setCacheControl(CACHE);
    registry
        .addResourceHandler("/js/**")
        .addResourceLocations("classpath:/static/js/")
        .setCacheControl(CACHE);
    // what a browser asks for by itself, whatever the page's icon link says
    registry
        .addResourceHandler("/favicon.ico")
        .addResourceLocations("classpath:/static/")
        .setCacheControl(CACHE);
    registry
        .addResourceHandler("/images/**")
        .addResourceLocations("classpath:/static/images/")
        .setCacheControl(CACHE);
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .setCacheControl(CACHE)
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
  }
}
