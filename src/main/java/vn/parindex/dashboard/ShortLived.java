package vn.parindex.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Values kept for a short time (a zero time keeps nothing). When one is due, one caller computes it
 * again while the others keep getting the previous one; the first time, one computes and the others
 * wait for it. Without this, every request arriving while a costly value is recomputed would
 * compute it for itself.
 */
final class ShortLived<K, V> {

  /** Beyond this many keys, the expired ones go. */
  private static final int MAX_KEYS = 10_000;

  private record Entry<V>(long expiresAt, V value, AtomicBoolean refreshing) {

    boolean expired(long now) {
      return expiresAt - now < 0;
    }
  }

  private final long ttlNanos;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  ShortLived(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  V get(K key, Supplier<V> compute) {
    if (ttlNanos <= 0) {
      return compute.get();
    }
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      if (entries.size() >= MAX_KEYS) {
        long now = System.nanoTime();
        entries.values().removeIf(e -> e.expired(now));
      }
      return entries.computeIfAbsent(key, k -> fresh(compute)).value();
    }
    if (entry.expired(System.nanoTime()) && entry.refreshing().compareAndSet(false, true)) {
      try {
        Entry<V> fresh = fresh(compute);
        entries.put(key, fresh);
        return fresh.value();
      } catch (RuntimeException e) {
        entry.refreshing().set(false); // the next caller tries again
        throw e;
      }
    }
    return entry.value();
  }

  private Entry<V> fresh(Supplier<V> compute) {
    V value = compute.get();
    return new Entry<>(System.nanoTime() + ttlNanos, value, new AtomicBoolean());
  }
}
