package vn.parindex.assessment;

/**
 * What an import stored: the assessment, its criteria set (partial when built from the table),
 * totals.
 */
public record ImportResult(
    long id,
    String unit,
    int year,
    long frameworkId,
    boolean partialFramework,
    String frameworkName,
    TreeView.Totals totals,
    int findings) {}
