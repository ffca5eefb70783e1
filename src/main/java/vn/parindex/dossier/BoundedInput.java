package vn.parindex.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/** A body read up to a bound: one byte past it refuses the input, naming the bound. */
final class BoundedInput extends FilterInputStream {

  private final long max;
  private final int maxMb;
  private long count;

  BoundedInput(InputStream in, int maxMb) {
    super(in);
    this.maxMb = maxMb;
    this.max = maxMb * 1024L * 1024L;
  }

  /** The refusal of a body of this many bytes, or nothing when within the bound. */
  static void checkDeclared(long length, int maxMb) {
    if (length > maxMb * 1024L * 1024L) {
      throw tooLarge(maxMb);
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  private void counted(int n) {
    count += n;
    if (count > max) {
      throw tooLarge(maxMb);
    }
  }

  private static InvalidInputException tooLarge(int maxMb) {
    return new InvalidInputException(
        InputProblem.ofField(0, "dossier.ingest.field.body", "dossier.ingest.body.large", maxMb));
  }
}
