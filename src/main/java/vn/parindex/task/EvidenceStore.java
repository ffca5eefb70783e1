package vn.parindex.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.parindex.input.FileKind;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;

/**
 * Evidence contents on disk, one file per SHA-256 (the same content uploaded twice is stored once).
 * The stored path derives only from the hash, never from the user's file name.
 */
@Component
class EvidenceStore {

  /** A checked upload: its hash, detected type and neutralised name. */
  record Stored(String sha256, long size, EvidenceType type, String safeName) {}

  private final Path dir;
  private final long maxBytes;

  EvidenceStore(
      @Value("${parindex.evidence.dir:./data/evidence}") String dir,
      @Value("${parindex.evidence.max-bytes:20971520}") long maxBytes) {
    this.dir = Path.of(dir).toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
  }

  /** Checks the content (type by magic bytes, size) and stores it unless already stored. */
  Stored store(String fileName, byte[] content) {
    String safe = FileKind.safeName(fileName);
    String name = safe.isBlank() || safe.equals(".") || safe.equals("..") ? "tep-minh-chung" : safe;
    if (content == null || content.length == 0) {
      throw refused("evidence.file.empty", name);
    }
    if (content.length > maxBytes) {
      throw refused("evidence.file.tooBig", name, maxBytes / (1024 * 1024));
    }
    if (EvidenceType.executable(content)) {
      throw refused("evidence.file.executable", name);
    }
    EvidenceType type =
        EvidenceType.sniff(name, content)
            .orElseThrow(() -> refused("evidence.file.unsupported", name));
    String sha = sha256(content);
    Path target = path(sha);
    try {
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "up", ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Stored(sha, content.length, type, name);
  }

  byte[] read(String sha256) {
    try {
      return Files.readAllBytes(path(sha256));
    } catch (IOException e) {
      throw new NotFoundException("evidence.file.missing");
    }
  }

  Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256");
    }
    return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private static InvalidInputException refused(String key, Object... args) {
    return new InvalidInputException(InputProblem.of(0, "file", key, args));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
