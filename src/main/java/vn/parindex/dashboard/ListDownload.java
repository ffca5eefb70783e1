package vn.parindex.dashboard;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.parindex.input.Attachment;
import vn.parindex.input.NotFoundException;

/** Answers a request for a list export: "xlsx" or "csv", always as an attachment. */
public final class ListDownload {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private ListDownload() {}

  /** {@code format} is "xlsx" or "csv" (anything else: 404). */
  public static ResponseEntity<byte[]> of(ListExport list, String format) {
    String name = list.name() + "." + format;
    if ("xlsx".equals(format)) {
      return attachment(name, XLSX, ListXlsx.write(list));
    }
    if ("csv".equals(format)) {
      return attachment(name, CSV, ListCsv.write(list));
    }
    throw new NotFoundException("dashboard.export.format", format);
  }

  private static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] body) {
    return Attachment.of(name, type, body);
  }
}
