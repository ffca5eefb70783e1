package vn.parindex.page;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Navigation;

/**
 * The compiled head and header for the Thymeleaf pages ({@code fragments/layout.html} calls them as
 * {@code #layout}): one layout for every page, compiled or not.
 */
@Component
public class PageLayout {

  private final TemplateEngine templates;
  private final PageFrames frames;

  PageLayout(TemplateEngine compiledTemplates, PageFrames frames) {
    this.templates = compiledTemplates;
    this.frames = frames;
  }

  /** The inside of {@code <head>}: title, style sheet, htmx. */
  public String head(Locale locale, String title) {
    return render("page/head.jte", Map.of("page", frames.texts(locale), "title", title));
  }

  /** The page's {@code <header>}: navigation, account, languages, demo banner. */
  public String header(
      Locale locale, CurrentUser user, Navigation nav, Boolean demo, CsrfToken csrf) {
    return render("page/header.jte", Map.of("page", frames.frame(locale, user, nav, demo, csrf)));
  }

  private String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(template, params, out);
    return out.toString();
  }
}
