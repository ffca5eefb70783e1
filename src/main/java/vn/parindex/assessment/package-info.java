/**
 * Scores of a unit for a year: entries, totals per node, the checker, ranks and published results.
 */
package vn.parindex.assessment;
