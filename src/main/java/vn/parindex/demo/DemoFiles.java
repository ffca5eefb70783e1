package vn.parindex.demo;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The small real files the demo round's evidence documents carry: a one-page PDF and a PNG "photo",
 * both saying they are demo data (ASCII only: the PDF's built-in font has no Vietnamese letters).
 */
final class DemoFiles {

  static final String LABEL = "ParIndex - DU LIEU MINH HOA / DEMO DATA";

  private DemoFiles() {}

  static byte[] pdf(String number, String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4);
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(LABEL));
    document.add(new Paragraph("So / Number: " + ascii(number)));
    document.add(new Paragraph(ascii(title)));
    document.close();
    return out.toByteArray();
  }

  static byte[] png(String caption) {
    BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(new Color(0xE8, 0xF1, 0xF8));
      g.fillRect(0, 0, 480, 320);
      g.setColor(new Color(0x1F, 0x4E, 0x79));
      g.fillRect(40, 60, 400, 150);
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
      g.drawString("DEMO", 210, 140);
      g.setColor(Color.DARK_GRAY);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      g.drawString(LABEL, 40, 250);
      g.drawString(ascii(caption), 40, 275);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Vietnamese without its marks ("Kế hoạch" → "Ke hoach"), for the files' plain fonts. */
  static String ascii(String text) {
    String stripped =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return stripped.replace('đ', 'd').replace('Đ', 'D');
  }
}
