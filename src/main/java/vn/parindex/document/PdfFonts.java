package vn.parindex.document;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (metric-compatible with Times New Roman, full Vietnamese), the four real faces
 * loaded once from the openpdf-fonts-extra jar on the classpath and embedded as Identity-H.
 */
public final class PdfFonts {

  private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
  private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
  private static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
  private static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

  private PdfFonts() {}

  public static Font font(float size, boolean bold, boolean italic) {
    BaseFont base = bold ? (italic ? BOLD_ITALIC : BOLD) : italic ? ITALIC : REGULAR;
    return new Font(base, size);
  }

  /** The printed width of a text in points (the same metrics as Times New Roman). */
  public static float width(String text, float size, boolean bold, boolean italic) {
    BaseFont base = bold ? (italic ? BOLD_ITALIC : BOLD) : italic ? ITALIC : REGULAR;
    return base.getWidthPoint(text, size);
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font not on the classpath: " + file);
      }
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
