package vn.parindex.input;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated file sent as a download: the Vietnamese name in {@code filename*} (RFC 6266) and an
 * ASCII fallback for old clients ("Kế hoạch xã Vĩnh Chấp 2025.docx" →
 * "ke-hoach-xa-vinh-chap-2025.docx").
 */
public final class Attachment {

  private Attachment() {}

  public static ResponseEntity<byte[]> of(String fileName, MediaType type, byte[] body) {
    String name = Text.clean(fileName);
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

  /** Lower-case ASCII, words joined by "-", the extension kept. */
  public static String ascii(String name) {
    String plain =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    int dot = plain.lastIndexOf('.');
    String stem = dot < 0 ? plain : plain.substring(0, dot);
    String extension = dot < 0 ? "" : plain.substring(dot).replaceAll("[^a-z0-9.]", "");
    return stem.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "") + extension;
  }
}
