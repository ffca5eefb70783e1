package vn.parindex.input;

/**
 * What is left of a file's bounds while it is read: rows, cells, characters of a cell and time. A
 * bound passed refuses the file at once, naming the bound, before more of it is read.
 */
final class ReadBudget {

  private final FileLimits limits;
  private final String fileName;
  private final long deadline;
  private long rows;
  private long cells;

  ReadBudget(FileLimits limits, String fileName) {
    this.limits = limits;
    this.fileName = fileName;
    this.deadline = System.nanoTime() + limits.maxReadSeconds() * 1_000_000_000L;
  }

  FileLimits limits() {
    return limits;
  }

  String fileName() {
    return fileName;
  }

  /** A row with this number (as the user sees it) is being read. */
  void row(long number) {
    rows++;
    if (number > limits.maxRows() || rows > limits.maxRows()) {
      throw refuse("input.file.rows.limit", limits.maxRows());
    }
    if ((rows & 0xFF) == 0) {
      time();
    }
  }

  /** A cell holding something, at a column index (0-based) of a row. */
  void cell(long row, int column) {
    column(row, column);
    if (++cells > limits.maxCells()) {
      throw refuse("input.file.cells.limit", limits.maxCells());
    }
  }

  void column(long row, int column) {
    if (column >= limits.maxColumns() || column < 0) {
      throw refuse("input.file.columns.limit", row, limits.maxColumns());
    }
  }

  /** The length a cell's text has reached while it is read. */
  void chars(long row, int length) {
    if (length > limits.maxCellChars()) {
      throw refuse("input.file.chars.limit", row, limits.maxCellChars());
    }
  }

  void time() {
    if (System.nanoTime() - deadline > 0) {
      throw refuse("input.file.time.limit", limits.maxReadSeconds());
    }
  }

  InvalidInputException refuse(String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = fileName;
    System.arraycopy(args, 0, all, 1, args.length);
    return new InvalidInputException(InputProblem.ofFile(key, all));
  }
}
