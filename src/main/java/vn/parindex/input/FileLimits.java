package vn.parindex.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on an uploaded table (score table, criteria set, published results): far above any real
 * table (a commune's appendix has ~100 rows, a country's results ~10,000), so that only a hostile
 * or broken file reaches them. Each is refused with a message naming the bound.
 *
 * @param maxRows rows of one file (all its sheets or tables together)
 * @param maxCells cells holding something
 * @param maxColumns columns of a row
 * @param maxCellChars characters of one cell (Excel's own limit)
 * @param maxExpandedMb megabytes an XLSX/DOCX package may expand to
 * @param maxEntries files inside an XLSX/DOCX package
 * @param maxReadSeconds seconds reading one file may take
 */
@ConfigurationProperties("parindex.imports")
public record FileLimits(
    @DefaultValue("200000") int maxRows,
    @DefaultValue("2000000") int maxCells,
    @DefaultValue("256") int maxColumns,
    @DefaultValue("32767") int maxCellChars,
    @DefaultValue("256") int maxExpandedMb,
    @DefaultValue("2000") int maxEntries,
    @DefaultValue("30") int maxReadSeconds) {

  /** The defaults, for readers used outside the application (tests, tools). */
  public static final FileLimits DEFAULTS =
      new FileLimits(200_000, 2_000_000, 256, 32_767, 256, 2_000, 30);

  long maxExpandedBytes() {
    return maxExpandedMb * 1024L * 1024L;
  }
}
