package vn.parindex.demo;

import java.time.LocalDateTime;

/**
 * One generated dossier of the demo commune, as its one-stop system would sync it (see {@link
 * DemoDossierJson} for the portal's field names). Times are local (Asia/Ho_Chi_Minh); a dossier
 * still being processed has no finish, one finished but not handed over no return. {@code late} and
 * {@code apologised} say what the demo meant, for its own tests and its apology letters.
 */
record DemoDossier(
    String code,
    DemoProcedure procedure,
    LocalDateTime receivedAt,
    LocalDateTime dueAt,
    LocalDateTime finishedAt,
    LocalDateTime returnedAt,
    int status,
    int channel,
    boolean digitised,
    boolean paidOnline,
    boolean eResult,
    boolean late,
    boolean apologised) {

  static final int IN_PERSON = 1;
  static final int ONLINE = 2;

  static final int REFUSED = 3;
  static final int PROCESSING = 4;
  static final int WITHDRAWN = 7;
  static final int FINISHED = 9;
  static final int RETURNED = 10;

  boolean online() {
    return channel == ONLINE;
  }

  /** Counted among received dossiers: not refused at reception nor withdrawn. */
  boolean received() {
    return status != REFUSED && status != WITHDRAWN;
  }

  boolean finished() {
    return status == FINISHED || status == RETURNED;
  }

  long fee() {
    return procedure.fee();
  }
}
