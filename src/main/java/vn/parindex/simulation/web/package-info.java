/**
 * The what-if and cheapest-points pages and API, and the live progress shown on a target's task.
 */
package vn.parindex.simulation.web;
