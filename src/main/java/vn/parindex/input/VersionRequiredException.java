package vn.parindex.input;

/**
 * A write to a versioned object (a plan, an assessment's entry, an account) that names no version:
 * taking it would silently overwrite whatever anyone saved since the writer read it. Maps to HTTP
 * 428 Precondition Required, naming the field {@link #FIELD}; nothing has been stored.
 */
public class VersionRequiredException extends RuntimeException {

  /** The field (body, form field or query parameter) a versioned write must carry. */
  public static final String FIELD = "version";

  public VersionRequiredException() {
    super("version required");
  }

  /** The version as a writer sent it: a number, else refused (blank or absent: 428). */
  public static int parse(String text) {
    if (text == null || text.isBlank()) {
      throw new VersionRequiredException();
    }
    try {
      return Integer.parseInt(text.replace("W/", "").replace("\"", "").strip());
    } catch (NumberFormatException e) {
      // a version that names nothing stored: refused as stale (409) by the save
      return -1;
    }
  }

  /** {@code version} when given, else refused. */
  public static int require(Integer version) {
    if (version == null) {
      throw new VersionRequiredException();
    }
    return version;
  }
}
