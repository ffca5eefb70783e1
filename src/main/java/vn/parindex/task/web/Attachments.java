package vn.parindex.task.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.parindex.task.TaskService;

/** Evidence files always leave as attachments, never rendered inline, never sniffed. */
final class Attachments {

  private Attachments() {}

  static ResponseEntity<byte[]> of(TaskService.Download download) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(
        ContentDisposition.attachment()
            .filename(download.file().originalName(), StandardCharsets.UTF_8)
            .build());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
    headers.setCacheControl("private, no-store");
    return ResponseEntity.ok()
        .headers(headers)
        .contentType(MediaType.parseMediaType(download.file().contentType()))
        .body(download.content());
  }
}
