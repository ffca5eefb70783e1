package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

/** The session store's two savings, and what it must never save on. */
class SessionStoreTest {

  /** The database's repository, counting its reads. */
  static final class Counting implements SessionRepository<MapSession> {
    final MapSessionRepository sessions = new MapSessionRepository(new java.util.HashMap<>());
    int reads;
    int saves;

    @Override
    public MapSession createSession() {
      return sessions.createSession();
    }

    @Override
    public void save(MapSession session) {
      saves++;
      sessions.save(session);
    }

    @Override
    public MapSession findById(String id) {
      reads++;
      return sessions.findById(id);
    }

    @Override
    public void deleteById(String id) {
      sessions.deleteById(id);
    }
  }

  final Counting database = new Counting();
  final SessionStore<MapSession> store = new SessionStore<>(database, Duration.ofMinutes(1));

  @AfterEach
  void requestDone() {
    SessionStore.requestDone();
  }

  private String saved() {
    SessionStore.Stored<MapSession> session = store.createSession();
    session.setAttribute("user", "cchc");
    store.save(session);
    return session.getId();
  }

  @Test
  void withinARequestASessionIsReadOnce() {
    String id = saved();
    SessionStore.requestStarts();

    assertThat(store.findById(id).<String>getAttribute("user")).isEqualTo("cchc");
    assertThat(store.findById(id)).isSameAs(store.findById(id));

    assertThat(database.reads).isEqualTo(1);
  }

  @Test
  void outsideARequestEveryReadGoesToTheDatabase() {
    String id = saved();

    store.findById(id);
    store.findById(id);

    assertThat(database.reads).isEqualTo(2);
  }

  @Test
  void theNextRequestReadsAgainSoAnotherInstancesChangesAreSeen() {
    String id = saved();
    SessionStore.requestStarts();
    store.findById(id);
    SessionStore.requestDone();

    SessionStore.requestStarts();
    store.findById(id);

    assertThat(database.reads).isEqualTo(2);
  }

  @Test
  void theAccessTimeMovesOnlyOnceAMinute() {
    String id = saved();
    SessionStore.Stored<MapSession> session = store.findById(id);
    Instant first = session.getLastAccessedTime();

    session.setLastAccessedTime(first.plusSeconds(59));
    assertThat(session.getLastAccessedTime()).isEqualTo(first);

    session.setLastAccessedTime(first.plusSeconds(60));
    assertThat(session.getLastAccessedTime()).isEqualTo(first.plusSeconds(60));
  }

  @Test
  void aDeletedSessionIsNotServedFromTheRequestsMemory() {
    String id = saved();
    SessionStore.requestStarts();
    store.findById(id);

    store.deleteById(id);

    assertThat(store.findById(id)).isNull();
  }

  @Test
  void aChangedIdIsNotServedUnderTheOldOne() {
    String id = saved();
    SessionStore.requestStarts();
    SessionStore.Stored<MapSession> session = store.findById(id);

    String newId = session.changeSessionId();
    store.save(session);

    assertThat(newId).isNotEqualTo(id);
    assertThat(store.findById(id)).isNull();
    assertThat(store.findById(newId)).isSameAs(session);
  }

  @Test
  void attributeChangesAreSavedAtOnce() {
    String id = saved();
    SessionStore.requestStarts();
    SessionStore.Stored<MapSession> session = store.findById(id);

    session.setAttribute("user", "chu.tich");
    store.save(session);
    SessionStore.requestDone();

    assertThat(database.findById(id).<String>getAttribute("user")).isEqualTo("chu.tich");
  }
}
