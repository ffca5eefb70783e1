package vn.parindex.page;

import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * One compiled page: the model, plus the page's frame ({@link PageFrames}) as {@code page},
 * rendered into memory as UTF-8 (the templates' fixed text is stored encoded; {@link PageBytes})
 * and written in one piece with its length.
 */
final class CompiledPageView extends AbstractUrlBasedView {

  static final String CONTENT_TYPE = "text/html;charset=UTF-8";

  private final TemplateEngine templates;
  private final PageFrames frames;

  CompiledPageView(TemplateEngine templates, PageFrames frames) {
    this.templates = templates;
    this.frames = frames;
    setContentType(CONTENT_TYPE);
  }

  @Override
  public boolean checkResource(Locale locale) {
    return templates.hasTemplate(getUrl());
  }

  @Override
  protected void renderMergedOutputModel(
      Map<String, Object> model, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    model.put(
        "page",
        frames.frame(
            RequestContextUtils.getLocale(request),
            (Boolean) model.get("demo"),
            (CsrfToken) request.getAttribute(CsrfToken.class.getName())));
    PageBytes html = PageBytes.take();
    try {
      templates.render(getUrl(), model, html);
      response.setContentType(CONTENT_TYPE);
      response.setContentLength(html.length());
      html.writeTo(response.getOutputStream());
    } finally {
      html.release();
    }
  }
}
