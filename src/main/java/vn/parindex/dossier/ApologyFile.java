package vn.parindex.dossier;

import java.util.Optional;

/**
 * The scanned copy of an apology letter, accepted by its first bytes (never by its name): PDF, PNG
 * or JPEG, at most {@link #MAX_BYTES}.
 */
enum ApologyFile {
  PDF("application/pdf"),
  PNG("image/png"),
  JPEG("image/jpeg");

  static final int MAX_BYTES = 5 * 1024 * 1024;

  private final String mediaType;

  ApologyFile(String mediaType) {
    this.mediaType = mediaType;
  }

  String mediaType() {
    return mediaType;
  }

  static Optional<ApologyFile> sniff(byte[] b) {
    if (starts(b, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] content, int... prefix) {
    if (content == null || content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
