/**
 * Dashboards: plan completion by department, lost points by area and the trend over years for a
 * unit; its child units side by side for a province; list exports (XLSX, CSV) any feature can
 * reuse; the points each plan line's criterion recovered the next year. Owns no table: it asks the
 * task, unit, plan, assessment and account features through their read APIs ({@code TaskFigures},
 * {@code AssessmentYears} …), so "open" and "overdue" are the task's own.
 */
package vn.parindex.dashboard;
