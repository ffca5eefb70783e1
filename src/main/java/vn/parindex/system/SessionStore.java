package vn.parindex.system;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sessions of Spring Session JDBC, with fewer round trips to the database per request:
 *
 * <ul>
 *   <li>within one request a session is read once: the library reads it again after saving it (to
 *       decide on the cookie), and some requests asked twice;
 *   <li>its last-access time is written at most once per {@code touchEvery} (the library writes it
 *       on every request, a write transaction per page view): a signed-in user working in the app
 *       keeps their session, and an idle one expires between {@code timeout − touchEvery} and
 *       {@code timeout} after their last request.
 * </ul>
 *
 * Attribute changes (sign-in, the CSRF token, sign-out) are written at once, as before, so several
 * instances still share every session.
 */
final class SessionStore<S extends Session> implements SessionRepository<SessionStore.Stored<S>> {

  private static final ThreadLocal<Map<String, Stored<?>>> READ = new ThreadLocal<>();

  private final SessionRepository<S> database;
  private final Duration touchEvery;

  SessionStore(SessionRepository<S> database, Duration touchEvery) {
    this.database = database;
    this.touchEvery = touchEvery;
  }

  /** Starts a request: sessions read from now on are kept until {@link #requestDone()}. */
  static void requestStarts() {
    READ.set(new HashMap<>());
  }

  static void requestDone() {
    READ.remove();
  }

  @Override
  public Stored<S> createSession() {
    return new Stored<>(this, database.createSession());
  }

  @Override
  public void save(Stored<S> session) {
    database.save(session.session);
    remember(session);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Stored<S> findById(String id) {
    Map<String, Stored<?>> read = READ.get();
    if (read != null && read.containsKey(id)) {
      return (Stored<S>) read.get(id);
    }
    S found = SessionTransactions.reading(() -> database.findById(id));
    Stored<S> session = found == null ? null : new Stored<>(this, found);
    if (session != null) {
      remember(session);
    }
    return session;
  }

  @Override
  public void deleteById(String id) {
    database.deleteById(id);
    forget(id);
  }

  private void remember(Stored<S> session) {
    Map<String, Stored<?>> read = READ.get();
    if (read != null) {
      read.put(session.getId(), session);
    }
  }

  private static void forget(String id) {
    Map<String, Stored<?>> read = READ.get();
    if (read != null) {
      read.remove(id);
    }
  }

  /** A session whose last-access time moves only once per {@code touchEvery}. */
  static final class Stored<S extends Session> implements Session {

    private final SessionStore<S> store;
    private final S session;

    Stored(SessionStore<S> store, S session) {
      this.store = store;
      this.session = session;
    }

    @Override
    public void setLastAccessedTime(Instant time) {
      if (Duration.between(session.getLastAccessedTime(), time).compareTo(store.touchEvery) >= 0) {
        session.setLastAccessedTime(time);
      }
    }

    @Override
    public String changeSessionId() {
      forget(session.getId());
      return session.changeSessionId();
    }

    @Override
    public String getId() {
      return session.getId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return session.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return session.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      session.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      session.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return session.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return session.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      session.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return session.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return session.isExpired();
    }
  }
}
