package vn.parindex.assessment.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.imports.ImportCommand;

/**
 * An upload waiting for its "Thay bằng phiên bản mới" confirmation, so the user does not choose the
 * file again. Held for half an hour, for the user who uploaded it only, at most a few hundred at
 * once (the oldest go first); a confirmation that comes too late asks for the file again.
 */
@Component
class PendingUploads {

  private static final Duration KEEP = Duration.ofMinutes(30);
  private static final int MAX = 200;

  private record Pending(String username, ImportCommand command, Instant at) {}

  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private final Clock clock;

  PendingUploads(Clock clock) {
    this.clock = clock;
  }

  synchronized String hold(String username, ImportCommand command) {
    Instant now = clock.instant();
    pending.values().removeIf(p -> p.at().plus(KEEP).isBefore(now));
    while (pending.size() >= MAX) {
      pending.remove(pending.keySet().iterator().next());
    }
    String token = UUID.randomUUID().toString();
    pending.put(token, new Pending(username, command, now));
    return token;
  }

  /** The held upload of this user, removed once taken. */
  synchronized Optional<ImportCommand> take(String username, String token) {
    Pending p = token == null ? null : pending.get(token);
    if (p == null
        || !p.username().equals(username)
        || p.at().plus(KEEP).isBefore(clock.instant())) {
      return Optional.empty();
    }
    pending.remove(token);
    return Optional.of(p.command());
  }
}
