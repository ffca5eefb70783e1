package vn.parindex.plan.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.parindex.input.Attachment;
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
    return Attachment.of(name, type, body);
  }
}
