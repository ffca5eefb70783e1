package vn.parindex.task;

import java.time.LocalDate;
import vn.parindex.input.Text;

/** What the user says of an evidence file: number/symbol, date, issuer, title (all optional). */
public record EvidenceMeta(String docNumber, LocalDate docDate, String issuer, String title) {

  public EvidenceMeta {
    docNumber = clip(docNumber, 100);
    issuer = clip(issuer, 255);
    title = clip(title, 500);
  }

  public static EvidenceMeta none() {
    return new EvidenceMeta(null, null, null, null);
  }

  private static String clip(String text, int max) {
    String clean = Text.cleanOrNull(text);
    return clean == null || clean.length() <= max ? clean : clean.substring(0, max);
  }
}
