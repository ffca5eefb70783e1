/**
 * What an assessment would score if an input changed (the what-if), the lost points ranked by what
 * it takes to win them back, and a chosen target turned into a plan line and a task that follows a
 * live one-stop indicator. Nothing here is stored but the targets and their readings; no other
 * feature uses this one.
 */
package vn.parindex.simulation;
