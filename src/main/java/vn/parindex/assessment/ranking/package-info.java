/** Ranks of units among peers sharing a parent and a criteria set, and their change by lineage. */
package vn.parindex.assessment.ranking;
