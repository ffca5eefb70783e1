/** Tasks from a unit's plans, tracked all year: progress, evidence files, verification. */
package vn.parindex.task;
