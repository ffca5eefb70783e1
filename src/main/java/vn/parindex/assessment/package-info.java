/**
 * Scores of a unit for a year: the assessment and its entries, totals per node, the checker and the
 * audit of edits. Reading tables ({@code imports}, {@code results}), ranks ({@code ranking}) and
 * pages ({@code web}) build on it in sub-packages.
 */
package vn.parindex.assessment;
