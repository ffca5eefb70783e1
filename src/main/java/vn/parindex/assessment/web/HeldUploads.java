package vn.parindex.assessment.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A file held while the person who sent it decides (replace the current table, create the units a
 * results table names), so they need not choose it again. Held in the database, so the confirm
 * works on any instance and after a restart; for the person who sent it only, for half an hour, at
 * most {@value #PER_USER} per person and {@code parindex.held-uploads.max-bytes} in all per person
 * (the oldest go first). Expired rows are deleted by the next hold; a confirm taken twice (a double
 * click, two tabs) lands once.
 */
@Component
class HeldUploads {

  static final Duration KEEP = Duration.ofMinutes(30);
  static final int PER_USER = 3;

  /** What a held file is waiting for. */
  enum Purpose {
    REPLACE_TABLE,
    CREATE_UNITS
  }

  /** A held file with what the form said about it ({@code details}, the holder's own text). */
  record Held(String fileName, byte[] content, String details) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final long maxBytes;

  HeldUploads(
      JdbcClient jdbc,
      Clock clock,
      @Value("${parindex.held-uploads.max-bytes:40MB}") DataSize maxBytes) {
    this.jdbc = jdbc;
    // a stored moment is the server's wall clock, as everywhere (account's package-info)
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.maxBytes = maxBytes.toBytes();
  }

  /** Holds the file and returns the token its confirm form sends back. */
  @Transactional
  String hold(String username, Purpose purpose, String fileName, byte[] content, String details) {
    LocalDateTime now = LocalDateTime.now(clock);
    jdbc.sql("delete from held_upload where held_at < ?").param(now.minus(KEEP)).update();
    List<Long> sizes =
        jdbc.sql(
                "select size_bytes from held_upload where username = ?"
                    + " order by held_at desc, token")
            .param(username)
            .query(Long.class)
            .list();
    long kept = content.length;
    int keep = 0;
    while (keep < sizes.size() && keep < PER_USER - 1 && kept + sizes.get(keep) <= maxBytes) {
      kept += sizes.get(keep);
      keep++;
    }
    if (keep < sizes.size()) {
      // the person's oldest held files make room for the newest
      List<String> old =
          jdbc.sql(
                  "select token from held_upload where username = ?"
                      + " order by held_at desc, token offset ? rows")
              .params(username, keep)
              .query(String.class)
              .list();
      old.forEach(t -> jdbc.sql("delete from held_upload where token = ?").param(t).update());
    }
    String token = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into held_upload (token, username, purpose, file_name, content, size_bytes,"
                + " details, held_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(token, username, purpose.name(), fileName, content, content.length, details, now)
        .update();
    return token;
  }

  /** The file this user holds under {@code token} for {@code purpose}, removed once taken. */
  @Transactional
  Optional<Held> take(String username, Purpose purpose, String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return Optional.empty();
    }
    Optional<Held> held =
        jdbc.sql(
                "select file_name, content, details from held_upload where token = ?"
                    + " and username = ? and purpose = ? and held_at >= ?")
            .params(token, username, purpose.name(), LocalDateTime.now(clock).minus(KEEP))
            .query((rs, n) -> new Held(rs.getString(1), rs.getBytes(2), rs.getString(3)))
            .optional();
    // only the request that deletes the row goes on: a second confirm finds nothing
    if (held.isEmpty()
        || jdbc.sql("delete from held_upload where token = ?").param(token).update() == 0) {
      return Optional.empty();
    }
    return held;
  }
}
