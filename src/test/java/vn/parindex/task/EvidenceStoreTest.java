package vn.parindex.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.input.InvalidInputException;

class EvidenceStoreTest {

  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  static String key(Throwable e) {
    return ((InvalidInputException) e).problems().get(0).messageKey();
  }

  @Test
  void aFileAboveTheLimitIsRefused() {
    EvidenceStore store = new EvidenceStore(dir.toString(), 10);
    assertThatThrownBy(() -> store.store("a.pdf", PDF))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(key(e)).isEqualTo("evidence.file.tooBig"));
  }

  @Test
  void anAbsoluteOrTraversingNameNeverReachesTheDisk() throws Exception {
    EvidenceStore store = new EvidenceStore(dir.resolve("store").toString(), 1_000);
    EvidenceStore.Stored a = store.store("/etc/cron.d/evil.pdf", PDF);
    EvidenceStore.Stored b = store.store("..\\..\\windows\\win.ini.pdf", PDF);
    assertThat(a.safeName()).isEqualTo("evil.pdf");
    assertThat(b.safeName()).isEqualTo("win.ini.pdf");
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).toList())
          .containsExactly(
              dir.resolve("store").resolve(a.sha256().substring(0, 2)).resolve(a.sha256()));
    }
  }

  @Test
  void anEmptyFileIsRefused() {
    EvidenceStore store = new EvidenceStore(dir.toString(), 1_000);
    assertThatThrownBy(() -> store.store("a.pdf", new byte[0]))
        .satisfies(e -> assertThat(key(e)).isEqualTo("evidence.file.empty"));
  }

  @Test
  void aTextFileNamedPdfIsRefusedAsUnsupported() {
    EvidenceStore store = new EvidenceStore(dir.toString(), 1_000);
    assertThatThrownBy(() -> store.store("a.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
        .satisfies(e -> assertThat(key(e)).isEqualTo("evidence.file.unsupported"));
  }
}
