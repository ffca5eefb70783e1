package vn.parindex.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
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
 * when created; only its SHA-256 is stored, with its name, creation, last use and revocation.
 */
@Component
public class PersonalTokens {

  public static final String PREFIX = "pat_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token as its owner's page lists it (never the token itself). */
  public record TokenRow(
      long id,
      String name,
      LocalDateTime createdAt,
      LocalDateTime lastUsedAt,
      LocalDateTime revokedAt) {}

  private final JdbcClient jdbc;

  PersonalTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates a token for the user and returns it in clear: the only time it is visible. */
  public String create(long userId, String name) {
    String clean = Text.cleanOrNull(name);
    if (clean == null || clean.length() > 100) {
      throw new InvalidInputException(InputProblem.of(0, "name", "account.token.name.invalid"));
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "insert into personal_token (user_id, name, token_hash, created_at) values (?, ?, ?,"
                + " ?)")
        .params(userId, clean, hash(token), LocalDateTime.now())
        .update();
    return token;
  }

  public List<TokenRow> list(long userId) {
    return jdbc.sql(
            "select id, name, created_at, last_used_at, revoked_at from personal_token"
                + " where user_id = ? order by created_at desc, id desc")
        .param(userId)
        .query(
            (rs, n) ->
                new TokenRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDateTime.class),
                    rs.getObject(4, LocalDateTime.class),
                    rs.getObject(5, LocalDateTime.class)))
        .list();
  }

  /** Revokes one of the user's own tokens; false when it is not theirs. */
  public boolean revoke(long userId, long tokenId) {
    return jdbc.sql(
                "update personal_token set revoked_at = ? where id = ? and user_id = ?"
                    + " and revoked_at is null")
            .params(LocalDateTime.now(), tokenId, userId)
            .update()
        > 0;
  }

  /** The owner of a valid (known, not revoked) token, marking it used; empty otherwise. */
  public Optional<Long> owner(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String hash = hash(token);
    Optional<Long> owner =
        jdbc.sql("select user_id from personal_token where token_hash = ? and revoked_at is null")
            .param(hash)
            .query(Long.class)
            .optional();
    owner.ifPresent(
        id ->
            jdbc.sql("update personal_token set last_used_at = ? where token_hash = ?")
                .params(LocalDateTime.now(), hash)
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
