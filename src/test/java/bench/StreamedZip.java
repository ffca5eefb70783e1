package bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip whose entries are written as streams, so a bomb expanding to gigabytes is built holding
 * only its compressed bytes (a few MB), never its expanded content.
 */
final class StreamedZip {

  private StreamedZip() {}

  /** An entry's content, written to the zip as it is made. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  static Content bytes(byte[] bytes) {
    return out -> out.write(bytes);
  }

  /** {@code head}, then {@code spaces} spaces written a chunk at a time, then {@code tail}. */
  static Content padded(String head, long spaces, String tail) {
    return out -> {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) ' ');
      for (long left = spaces; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    };
  }

  /** {@code head}, then row 1, 2, … until {@code bytes} are written, then {@code tail}. */
  static Content rows(String head, long bytes, IntFunction<String> row, String tail) {
    return out -> {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      long written = 0;
      for (int r = 1; written < bytes; r++) {
        byte[] b = row.apply(r).getBytes(StandardCharsets.UTF_8);
        out.write(b);
        written += b.length;
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    };
  }

  /** The zip of a small package's entries with some replaced by streamed ones. */
  static byte[] zip(Map<String, byte[]> small, Map<String, Content> replaced) {
    Map<String, Content> all = new LinkedHashMap<>();
    // in the package's own order, each replaced entry where it stood
    small.forEach((name, content) -> all.put(name, replaced.getOrDefault(name, bytes(content))));
    replaced.forEach(all::putIfAbsent);
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.setLevel(9);
      for (var e : all.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        e.getValue().writeTo(zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zipped.toByteArray();
  }
}
