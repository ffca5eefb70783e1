package vn.parindex.task.web;

/** An option of a filter's drop-down, labelled and marked as chosen in the controller. */
record Choice(String value, String label, boolean selected) {}
