package vn.parindex.task;

import org.springframework.stereotype.Component;

/**
 * The evidence store's checks and storage for other features' documents (the yearly round's
 * evidence): type by content, size bound, no programs, content stored once per SHA-256.
 */
@Component
public class EvidenceUploads {

  /** A checked, stored upload. */
  public record Checked(String sha256, long size, String mediaType, String safeName) {}

  private final EvidenceStore store;

  EvidenceUploads(EvidenceStore store) {
    this.store = store;
  }

  /** Checks and stores the content; refused (422, naming the file) when it is not acceptable. */
  public Checked store(String fileName, byte[] content) {
    EvidenceStore.Stored stored = store.store(fileName, content);
    return new Checked(
        stored.sha256(), stored.size(), stored.type().mediaType(), stored.safeName());
  }

  public byte[] read(String sha256) {
    return store.read(sha256);
  }
}
