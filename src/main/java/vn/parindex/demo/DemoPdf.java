package vn.parindex.demo;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** A one-page PDF that says it is demo evidence: what the demo's verified tasks carry. */
final class DemoPdf {

  private DemoPdf() {}

  static byte[] evidence(long taskId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4);
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph("ParIndex - DU LIEU MINH HOA / DEMO DATA"));
    document.add(new Paragraph("Tai lieu kiem chung cua nhiem vu so " + taskId));
    document.close();
    return out.toByteArray();
  }
}
