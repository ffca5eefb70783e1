/** Published results tables (unit, total, per-area points) imported and checked for a year. */
package vn.parindex.assessment.results;
