/**
 * The public results: what the council published, per parent and year, for anyone without signing
 * in (issue 11, item 8). Inside the assessment feature because its source is the PUBLISHED
 * assessments, which cover both imported published tables and the results a round publishes; only
 * published, current assessments are ever read here (never self-assessments, appraisal stages or
 * replaced versions), and nothing here writes.
 */
package vn.parindex.assessment.publicresults;
