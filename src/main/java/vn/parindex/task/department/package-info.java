/** Pages and API to keep a unit's departments and officials. */
package vn.parindex.task.department;
