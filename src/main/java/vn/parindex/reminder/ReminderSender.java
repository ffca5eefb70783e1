package vn.parindex.reminder;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each reminder exactly once, however many app instances run the job at the same time.
 *
 * <p>The guarantee: a reminder is claimed by inserting its key (ref, kind, recipient, day) into
 * {@code reminder_log}, whose UNIQUE constraint lets only one transaction in the whole database
 * succeed; the in-app notification is inserted in that same transaction, so a notification exists
 * if and only if the claim does. A concurrent claimer blocks on the unique index until the winner
 * commits, then fails with a duplicate key and sends nothing. The e-mail goes out only after the
 * claim has committed, by the instance that won it. A failed send is marked FAILED and retried
 * later by whichever instance first flips it to RETRYING (a conditional update: one winner), so a
 * mail is never sent twice by two instances. The one window left: a crash after the SMTP server
 * accepted a mail but before it is marked SENT leaves the row PENDING/RETRYING and it is not resent
 * (at most once rather than twice).
 */
@Component
class ReminderSender {

  static final int MAX_ATTEMPTS = 5;
  private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ObjectProvider<JavaMailSender> mail;
  private final String from;
  private final Clock clock;

  ReminderSender(
      JdbcClient jdbc,
      TransactionTemplate tx,
      ObjectProvider<JavaMailSender> mail,
      @Value("${parindex.mail.from:parindex@localhost}") String from,
      Clock clock) {
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.jdbc = jdbc;
    // Its own transactions, also when called after another has committed (a task's event): the
    // claim and the mail's status must commit by themselves, not join a finished transaction.
    this.tx = new TransactionTemplate(tx.getTransactionManager());
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mail = mail;
    this.from = from;
  }

  /** Claims, notifies and mails; false when another run or instance already claimed it. */
  boolean deliver(Reminder reminder, LocalDateTime now) {
    Long id;
    try {
      id = tx.execute(status -> claim(reminder, now));
    } catch (DuplicateKeyException alreadyClaimed) {
      return false;
    }
    if (id != null && reminder.recipient().email() != null && mail.getIfAvailable() != null) {
      send(id, reminder.recipient().email(), reminder.subject(), reminder.mailBody());
    }
    return true;
  }

  /**
   * Claims and notifies many at once (a round's publication tells every unit's people): the claims
   * and notifications inserted in two batches in one transaction, then each mail sent as by {@link
   * #deliver}. When any of them was already claimed (a second run, another instance), the whole
   * batch rolls back and each is delivered alone, so each is still told once. The number told.
   */
  int deliverAll(List<Reminder> reminders, LocalDateTime now) {
    if (reminders.isEmpty()) {
      return 0;
    }
    List<Long> ids;
    try {
      ids = tx.execute(status -> claimAll(reminders, now));
    } catch (DuplicateKeyException someAlreadyClaimed) {
      int told = 0;
      for (Reminder r : reminders) {
        if (deliver(r, now)) {
          told++;
        }
      }
      return told;
    }
    for (int i = 0; i < reminders.size(); i++) {
      Reminder r = reminders.get(i);
      if (r.recipient().email() != null && mail.getIfAvailable() != null) {
        send(ids.get(i), r.recipient().email(), r.subject(), r.mailBody());
      }
    }
    return reminders.size();
  }

  private List<Long> claimAll(List<Reminder> reminders, LocalDateTime now) {
    boolean mailer = mail.getIfAvailable() != null;
    LocalDateTime stamped = LocalDateTime.now(clock);
    List<Long> ids = new java.util.ArrayList<>();
    for (int from = 0; from < reminders.size(); from += 500) {
      List<Reminder> chunk = reminders.subList(from, Math.min(reminders.size(), from + 500));
      List<Object> params = new java.util.ArrayList<>();
      for (Reminder r : chunk) {
        params.addAll(logRow(r, mailer, now));
      }
      // typed nulls: an untyped one costs a round trip asking the database for its type
      params.replaceAll(v -> v == null ? TYPED_NULL : v);
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into reminder_log (ref_type, ref_id, kind, recipient_id, on_day, email,"
                  + " subject, body, mail_status, attempts, created_at) values "
                  + String.join(
                      ", ",
                      java.util.Collections.nCopies(
                          chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")))
          .params(params)
          .update(keys, "id", "ref_id", "recipient_id");
      // rows come back keyed by what names them (claim and recipient), whatever their order
      java.util.Map<String, Long> idOf = new java.util.HashMap<>();
      for (java.util.Map<String, Object> row : keys.getKeyList()) {
        idOf.put(key(row, "ref_id") + ":" + key(row, "recipient_id"), key(row, "id"));
      }
      for (Reminder r : chunk) {
        ids.add(idOf.get(r.claimId() + ":" + r.recipient().id()));
      }
      List<Object> notes = new java.util.ArrayList<>();
      for (Reminder r : chunk) {
        notes.addAll(
            java.util.Arrays.asList(
                r.recipient().id(),
                r.kind().name(),
                r.refType(),
                r.refId(),
                clip(r.body(), 2000),
                stamped));
      }
      notes.replaceAll(v -> v == null ? TYPED_NULL : v);
      jdbc.sql(
              "insert into notification (user_id, kind, ref_type, ref_id, message, created_at)"
                  + " values "
                  + String.join(
                      ", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)")))
          .params(notes)
          .update();
    }
    return ids;
  }

  private static final org.springframework.jdbc.core.SqlParameterValue TYPED_NULL =
      new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.NULL, null);

  private static long key(java.util.Map<String, Object> row, String column) {
    Object value = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    return ((Number) value).longValue();
  }

  /** Retries the mails that failed, each by one instance only. */
  int retryFailed() {
    List<Row> failed =
        jdbc.sql(
                "select id, email, subject, body from reminder_log"
                    + " where mail_status = 'FAILED' and attempts < ? order by id")
            .param(MAX_ATTEMPTS)
            .query(Row.class)
            .list();
    int sent = 0;
    for (Row row : failed) {
      Integer won =
          tx.execute(
              status ->
                  jdbc.sql(
                          "update reminder_log set mail_status = 'RETRYING' where id = ?"
                              + " and mail_status = 'FAILED'")
                      .param(row.id())
                      .update());
      if (won != null && won == 1 && send(row.id(), row.email(), row.subject(), row.body())) {
        sent++;
      }
    }
    return sent;
  }

  record Row(long id, String email, String subject, String body) {}

  /** A reminder's log row, in the order of the reminder_log inserts (attempts left out). */
  private static List<Object> logRow(Reminder r, boolean mailer, LocalDateTime now) {
    return java.util.Arrays.asList(
        r.claimType(),
        r.claimId(),
        r.kind().name(),
        r.recipient().id(),
        r.onDay(),
        r.recipient().email(),
        clip(r.subject(), 1000),
        clip(r.mailBody(), 8000),
        mailer && r.recipient().email() != null ? "PENDING" : "NO_MAIL",
        now);
  }

  private Long claim(Reminder r, LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into reminder_log (ref_type, ref_id, kind, recipient_id, on_day, email,"
                + " subject, body, mail_status, attempts, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
        .params(logRow(r, mail.getIfAvailable() != null, now))
        .update(key, "id");
    jdbc.sql(
            "insert into notification (user_id, kind, ref_type, ref_id, message, created_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            r.recipient().id(),
            r.kind().name(),
            r.refType(),
            r.refId(),
            clip(r.body(), 2000),
            // stamped like every stored time (the server's clock), not the job's local "now"
            LocalDateTime.now(clock))
        .update();
    return key.getKey().longValue();
  }

  private boolean send(long id, String to, String subject, String body) {
    try {
      JavaMailSender sender = mail.getObject();
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(body, false);
      sender.send(message);
      tx.executeWithoutResult(
          status ->
              jdbc.sql(
                      "update reminder_log set mail_status = 'SENT', attempts = attempts + 1,"
                          + " sent_at = ?, last_error = null where id = ?")
                  .params(LocalDateTime.now(clock), id)
                  .update());
      return true;
    } catch (Exception e) {
      log.warn("Reminder mail {} to {} failed: {}", id, to, e.getMessage());
      tx.executeWithoutResult(
          status ->
              jdbc.sql(
                      "update reminder_log set mail_status = 'FAILED', attempts = attempts + 1,"
                          + " last_error = ? where id = ?")
                  .params(clip(String.valueOf(e.getMessage()), 1000), id)
                  .update());
      return false;
    }
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
