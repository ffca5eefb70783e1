package vn.parindex.task.department;

/** Marks the department pages so the task pages' error advice covers them too. */
public interface DepartmentPagesMarker {}
