package vn.parindex.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * An XLSX or DOCX package read in place from the upload's bytes, with its expanded size bounded: a
 * package whose entries declare more than the bound, or hold too many entries, is refused before
 * anything is inflated; while parts are read, the bytes actually inflated count against the same
 * bound (a package may lie about its sizes), and the small parts POI parses whole (relationships,
 * content types, styles) have a bound of their own. POI's own guard is a ratio, which a package
 * expanding 75 times (14.7 MB to 1.1 GB) passes.
 */
final class OfficePackage implements ZipEntrySource {

  /** Parts read as a stream, by SAX: only these may be large. */
  private static final List<String> LARGE = List.of("xl/worksheets/", "xl/sharedstrings", "word/");

  private static final long SMALL_PART = 8L * 1024 * 1024;

  private final ZipFile zip;
  private final ReadBudget budget;
  private long inflated;
  private boolean closed;

  private OfficePackage(ZipFile zip, ReadBudget budget) {
    this.zip = zip;
    this.budget = budget;
  }

  /** Opens the package for POI, refusing it when its declared size or entries pass the bounds. */
  static OPCPackage open(byte[] content, ReadBudget budget) throws Exception {
    ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
    try {
      long declared = 0;
      int entries = 0;
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        if (++entries > budget.limits().maxEntries()) {
          throw budget.refuse("input.file.entries.limit", budget.limits().maxEntries());
        }
        declared += Math.max(entry.getSize(), 0);
        if (declared > budget.limits().maxExpandedBytes()) {
          throw tooLarge(budget);
        }
      }
      return OPCPackage.open(new OfficePackage(zip, budget));
    } catch (Exception | Error e) {
      zip.close();
      throw e;
    }
  }

  private static InvalidInputException tooLarge(ReadBudget budget) {
    return budget.refuse("input.file.expanded.limit", budget.limits().maxExpandedMb());
  }

  @Override
  public Enumeration<? extends ZipArchiveEntry> getEntries() {
    return zip.getEntries();
  }

  @Override
  public ZipArchiveEntry getEntry(String path) {
    return zip.getEntry(path.replace('\\', '/'));
  }

  @Override
  public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
    String name = entry.getName().toLowerCase(Locale.ROOT);
    boolean large = LARGE.stream().anyMatch(name::startsWith);
    return new Bounded(zip.getInputStream(entry), large ? Long.MAX_VALUE : SMALL_PART);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    zip.close();
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** Counts what is inflated against the package's bound and the part's own. */
  private final class Bounded extends FilterInputStream {

    private final long partLimit;
    private long read;

    Bounded(InputStream in, long partLimit) {
      super(in);
      this.partLimit = partLimit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      inflated += n;
      if (read > partLimit || inflated > budget.limits().maxExpandedBytes()) {
        throw tooLarge(budget);
      }
    }
  }
}
