package vn.parindex.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/**
 * Personal access tokens for scripts ({@code Authorization: Bearer pat_…}). The token is shown once
 * when created; only its SHA-256 is stored, with its name, creation, expiry, last use and
 * revocation. The last use is written at most once a minute, so a busy script costs no write per
 * call.
 */
@Component
public class PersonalTokens {

  public static final String PREFIX = "pat_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The lifetimes a token may be given, in days; the first is the default. */
  public static final List<Integer> LIFETIMES = List.of(90, 30, 180, 365);

  private static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

  /** A token as its owner's page lists it (never the token itself). */
  public record TokenRow(
      long id,
      String name,
      LocalDateTime createdAt,
      LocalDateTime lastUsedAt,
      LocalDateTime revokedAt,
      LocalDateTime expiresAt) {

    public boolean expired(LocalDateTime now) {
      return expiresAt != null && !expiresAt.isAfter(now);
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  PersonalTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    // a stored moment is the server's wall clock, as every feature stores it (package-info)
    this.clock = clock.withZone(ZoneId.systemDefault());
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /**
   * Creates a token for the user, valid for {@code days} (one of {@link #LIFETIMES}; null gives the
   * default), and returns it in clear: the only time it is visible.
   */
  public String create(long userId, String name, Integer days) {
    String clean = Text.cleanOrNull(name);
    if (clean == null || clean.length() > 100) {
      throw new InvalidInputException(InputProblem.of(0, "name", "account.token.name.invalid"));
    }
    int lifetime = days == null ? LIFETIMES.get(0) : days;
    if (!LIFETIMES.contains(lifetime)) {
      throw new InvalidInputException(InputProblem.of(0, "days", "account.token.days.invalid"));
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "insert into personal_token (user_id, name, token_hash, created_at, expires_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(userId, clean, hash(token), now(), now().plusDays(lifetime))
        .update();
    return token;
  }

  public List<TokenRow> list(long userId) {
    return jdbc.sql(
            "select id, name, created_at, last_used_at, revoked_at, expires_at from personal_token"
                + " where user_id = ? order by created_at desc, id desc")
        .param(userId)
        .query(
            (rs, n) ->
                new TokenRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDateTime.class),
                    rs.getObject(4, LocalDateTime.class),
                    rs.getObject(5, LocalDateTime.class),
                    rs.getObject(6, LocalDateTime.class)))
        .list();
  }

  /** Revokes one of the user's own tokens; false when it is not theirs. */
  public boolean revoke(long userId, long tokenId) {
    return jdbc.sql(
                "update personal_token set revoked_at = ? where id = ? and user_id = ?"
                    + " and revoked_at is null")
            .params(now(), tokenId, userId)
            .update()
        > 0;
  }

  /**
   * The owner of a valid (known, not revoked, not expired) token, noting its use at most once a
   * minute; empty otherwise.
   */
  public Optional<Long> owner(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String hash = hash(token);
    LocalDateTime now = now();
    Optional<Long> owner =
        jdbc.sql(
                "select user_id from personal_token where token_hash = ? and revoked_at is null"
                    + " and (expires_at is null or expires_at > ?)")
            .params(hash, now)
            .query(Long.class)
            .optional();
    owner.ifPresent(
        id ->
            jdbc.sql(
                    "update personal_token set last_used_at = ? where token_hash = ?"
                        + " and (last_used_at is null or last_used_at <= ?)")
                .params(now, hash, now.minus(LAST_USE_STEP))
                .update());
    return owner;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
