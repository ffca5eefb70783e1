package vn.parindex.dossier;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One dossier record checked and ready to store. Times are kept packed as yyyyMMddHHmmss numbers (0
 * when absent), local to Asia/Ho_Chi_Minh as the records carry them: a million records of a
 * province's year must fit in a small heap between reading and writing.
 */
record DossierRecord(
    String code,
    String procedure,
    long received,
    long due,
    long effectiveDue,
    long finished,
    long returned,
    int status,
    int channel,
    boolean digitised,
    boolean paidOnline,
    BigDecimal feeTotal,
    boolean eResult,
    int supplements) {

  static final int FINISHED = 9;
  static final int RETURNED = 10;

  LocalDateTime receivedAt() {
    return Stamps.unpack(received);
  }

  LocalDateTime dueAt() {
    return Stamps.unpack(due);
  }

  LocalDateTime effectiveDueAt() {
    return Stamps.unpack(effectiveDue);
  }

  LocalDateTime finishedAt() {
    return Stamps.unpack(finished);
  }

  LocalDateTime returnedAt() {
    return Stamps.unpack(returned);
  }

  int receivedYear() {
    return (int) (received / 10_000_000_000L);
  }

  /** Null while the dossier is not finished (status 9 or 10), as the indicators read it. */
  Boolean late() {
    return DossierLateness.late(status, finishedAt(), effectiveDueAt(), supplements);
  }

  /** Null when the record states no channel. */
  Integer channelOrNull() {
    return channel == 0 ? null : channel;
  }

  /** Every stored field, in order: a changed field changes it, an unchanged record keeps it. */
  String content() {
    return String.join(
        "|",
        procedure,
        Long.toString(received),
        Long.toString(due),
        Long.toString(effectiveDue),
        Long.toString(finished),
        Long.toString(returned),
        Integer.toString(status),
        Integer.toString(channel),
        digitised ? "1" : "0",
        paidOnline ? "1" : "0",
        feeTotal.stripTrailingZeros().toPlainString(),
        eResult ? "1" : "0",
        Integer.toString(supplements));
  }
}
