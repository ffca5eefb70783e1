package vn.parindex.assessment.imports;

import vn.parindex.assessment.TreeView;

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
