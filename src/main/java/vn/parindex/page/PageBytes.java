package vn.parindex.page;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A page rendered as UTF-8 into one buffer, then written to the response in one call with its
 * length. jte's own {@code Utf8ByteOutput} keeps an array per piece (the template's fixed text and
 * each value, encoded apart) and writes them one by one: hundreds of writes per page, each through
 * the response wrappers of security and session. Here values are encoded straight into the buffer,
 * which the thread keeps for its next page unless a page made it larger than {@link #KEPT}.
 */
final class PageBytes implements TemplateOutput {

  static final int INITIAL = 32 * 1024;
  static final int KEPT = 256 * 1024;

  private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();

  private byte[] bytes;
  private int length;

  private PageBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A buffer for one page: the thread's spare one, or a new one (a page rendered within a page).
   */
  static PageBytes take() {
    byte[] spare = SPARE.get();
    SPARE.remove();
    return new PageBytes(spare != null ? spare : new byte[INITIAL]);
  }

  /** Gives the buffer back to the thread for its next page. */
  void release() {
    if (bytes != null && bytes.length <= KEPT) {
      SPARE.set(bytes);
    }
    bytes = null;
  }

  int length() {
    return length;
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
  }

  @Override
  public void writeContent(String value) {
    writeContent(value, 0, value.length());
  }

  @Override
  public void writeContent(String value, int begin, int end) {
    room((end - begin) * 3);
    byte[] b = bytes;
    int n = length;
    for (int i = begin; i < end; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        b[n++] = (byte) c;
      } else if (c < 0x800) {
        b[n++] = (byte) (0xC0 | c >> 6);
        b[n++] = (byte) (0x80 | c & 0x3F);
      } else if (!Character.isSurrogate(c)) {
        b[n++] = (byte) (0xE0 | c >> 12);
        b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[n++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        b[n++] = (byte) (0xF0 | cp >> 18);
        b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n++] = (byte) (0x80 | cp & 0x3F);
      } else {
        b[n++] = '?'; // a lone surrogate, as String.getBytes(UTF_8) writes it
      }
    }
    length = n;
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    room(value.length);
    System.arraycopy(value, 0, bytes, length, value.length);
    length += value.length;
  }

  private void room(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
