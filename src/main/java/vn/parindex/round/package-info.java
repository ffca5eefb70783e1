/**
 * The yearly cycle: a round opened for a criteria set and the units under one parent, each unit's
 * self-assessment with evidence, two appraisal rounds with the unit's right of reply between them,
 * and the publication that freezes totals, percentages and ranks.
 */
package vn.parindex.round;
