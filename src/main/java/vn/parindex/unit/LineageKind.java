package vn.parindex.unit;

/** How a unit of one period became a unit of the next. */
public enum LineageKind {
  MERGED,
  SPLIT,
  RENAMED
}
