package vn.parindex.task;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file accepted, recognised by their first bytes (never by the name alone):
 * PDF, Word and Excel (ZIP packages named .docx/.xlsx), PNG, JPEG and HEIC (an iPhone's photos).
 */
enum EvidenceType {
  PDF("application/pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  PNG("image/png"),
  JPEG("image/jpeg"),
  HEIC("image/heic");

  /** The ISO-BMFF brands of HEIF/HEIC images, found at bytes 8–11 after "ftyp". */
  private static final java.util.Set<String> HEIF_BRANDS =
      java.util.Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

  private final String mediaType;

  EvidenceType(String mediaType) {
    this.mediaType = mediaType;
  }

  String mediaType() {
    return mediaType;
  }

  /** The type of this content, empty when it is none we accept. */
  static Optional<EvidenceType> sniff(String fileName, byte[] b) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
    if (starts(b, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (heif(b)) {
      return Optional.of(HEIC);
    }
    if (starts(b, 'P', 'K', 3, 4)) {
      if (name.endsWith(".docx")) {
        return Optional.of(DOCX);
      }
      if (name.endsWith(".xlsx")) {
        return Optional.of(XLSX);
      }
    }
    return Optional.empty();
  }

  /** Windows (MZ), Linux (ELF), macOS (Mach-O) programs and scripts with a shebang. */
  static boolean executable(byte[] b) {
    return starts(b, 'M', 'Z')
        || starts(b, 0x7F, 'E', 'L', 'F')
        || starts(b, 0xCF, 0xFA, 0xED, 0xFE)
        || starts(b, 0xFE, 0xED, 0xFA, 0xCE)
        || starts(b, '#', '!');
  }

  private static boolean heif(byte[] b) {
    return b != null
        && b.length >= 12
        && b[4] == 'f'
        && b[5] == 't'
        && b[6] == 'y'
        && b[7] == 'p'
        && HEIF_BRANDS.contains(new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static boolean starts(byte[] content, int... prefix) {
    if (content == null || content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
