package vn.parindex.task;

/** A status move asked for by a user. */
public enum TaskAction {
  START,
  COMPLETE,
  VERIFY,
  SEND_BACK,
  CANCEL
}
