/**
 * Dashboards: plan completion by department, lost points by area and the trend over years for a
 * unit; its child units side by side for a province; list exports (XLSX, CSV) any feature can
 * reuse; the points each plan line's criterion recovered the next year. Reads the task, plan and
 * assessment tables with its own SQL.
 */
package vn.parindex.dashboard;
