package vn.parindex.plan.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.parindex.plan.Plan;

/** A plan document as an attachment: ASCII file name for old clients, UTF-8 name for the rest. */
final class Downloads {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Downloads() {}

  static ResponseEntity<byte[]> attachment(
      Plan plan, String baseName, String extension, MediaType type, byte[] body) {
    String name = baseName + " " + plan.header().unitLabel() + " " + plan.year() + "." + extension;
    String disposition =
        "attachment; filename=\""
            + ascii(name)
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
        .body(body);
  }

  /** "Kế hoạch khắc phục xã Vĩnh Chấp 2025.docx" → "ke-hoach-khac-phuc-xa-vinh-chap-2025.docx". */
  static String ascii(String name) {
    String plain =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    int dot = plain.lastIndexOf('.');
    String stem = plain.substring(0, dot).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return stem + plain.substring(dot);
  }
}
