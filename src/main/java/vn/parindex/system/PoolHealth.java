package vn.parindex.system;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The connection pool as health sees it, without taking a connection: active, idle, pending
 * (requests waiting for one) and the maximum. A pool with every connection busy and requests
 * waiting is OUT_OF_SERVICE: pages then wait for a connection, which the database check alone (run
 * on a connection it eventually gets) reported as UP.
 */
@Component("pool")
class PoolHealth implements HealthIndicator {

  private final DataSource dataSource;

  PoolHealth(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Health health() {
    HikariDataSource hikari;
    try {
      hikari = dataSource.unwrap(HikariDataSource.class);
    } catch (Exception e) {
      return Health.unknown().build();
    }
    HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
    if (pool == null) {
      return Health.unknown().withDetail("max", hikari.getMaximumPoolSize()).build();
    }
    int active = pool.getActiveConnections();
    int idle = pool.getIdleConnections();
    int pending = pool.getThreadsAwaitingConnection();
    int max = hikari.getMaximumPoolSize();
    Health.Builder health = pending > 0 && idle == 0 ? Health.outOfService() : Health.up();
    return health
        .withDetail("active", active)
        .withDetail("idle", idle)
        .withDetail("pending", pending)
        .withDetail("max", max)
        .build();
  }
}
