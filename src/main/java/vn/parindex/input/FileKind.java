package vn.parindex.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file really is, judged by its content and checked against its name: an ".xlsx"
 * that is not a ZIP package, or a ".csv" with binary bytes, is refused.
 */
public enum FileKind {
  XLSX,
  DOCX,
  CSV,
  YAML;

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** The kind the name claims, if it is one we read. */
  public static Optional<FileKind> fromName(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    String name = fileName.toLowerCase(Locale.ROOT).strip();
    if (name.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    if (name.endsWith(".docx")) {
      return Optional.of(DOCX);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /**
   * The kind of this upload, or an {@link InvalidInputException} when it is empty, of a kind we do
   * not read, or not what its extension says.
   */
  public static FileKind check(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException(InputProblem.ofFile("input.file.empty", safeName(fileName)));
    }
    FileKind claimed =
        fromName(fileName)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        InputProblem.ofFile("input.file.unsupported", safeName(fileName))));
    boolean zip = startsWith(content, ZIP);
    boolean ok =
        switch (claimed) {
          case XLSX, DOCX -> zip;
          case CSV, YAML -> !zip && isUtf8Text(content);
        };
    if (!ok) {
      throw new InvalidInputException(
          InputProblem.ofFile("input.file.mismatch", safeName(fileName), claimed.name()));
    }
    return claimed;
  }

  /** The name as a user may see it back: no path, no control characters, at most 120 characters. */
  public static String safeName(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = Text.clean(name).replaceAll("[\\p{Cntrl}<>\"|?*:]", "_");
    return name.length() > 120 ? name.substring(0, 120) : name;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUtf8Text(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
