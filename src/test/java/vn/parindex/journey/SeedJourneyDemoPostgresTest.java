package vn.parindex.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.ParIndexApplication;
import vn.parindex.support.PostgresTest;

/** The demo on PostgreSQL: loaded on the first start, not again on the next one. */
@PostgresTest(properties = "parindex.demo.enabled=true")
class SeedJourneyDemoPostgresTest {

  @Autowired JdbcClient jdbc;
  @Autowired Environment env;

  @Test
  void demoLoadsOnceOnPostgresqlEvenWhenTheAppStartsTwice() {
    // Vĩnh Chấp with its published 2024 table, three communes of the demo's current round and
    // Vĩnh Chấp's 17 peers of 2024 (demo.DemoPeers), each with its published result
    assertThat(demoCommunes()).isEqualTo(21);
    assertThat(count("assessment")).isEqualTo(18);
    assertThat(count("index_round")).isEqualTo(1);
    int plans = count("plan");
    assertThat(plans).isEqualTo(1);

    try (ConfigurableApplicationContext second =
        new SpringApplicationBuilder(ParIndexApplication.class).run(secondStartArguments())) {
      assertThat(second.getEnvironment().getProperty("parindex.demo.enabled")).isEqualTo("true");
    }

    assertThat(demoCommunes()).isEqualTo(21);
    assertThat(count("unit")).isEqualTo(24);
    assertThat(count("assessment")).isEqualTo(18);
    assertThat(count("index_round")).isEqualTo(1);
    assertThat(count("plan")).isEqualTo(plans);
  }

  /** The same database and schema as this test's context, as a second start would find it. */
  private String[] secondStartArguments() {
    return List.of(
            "--spring.datasource.url=" + env.getRequiredProperty("spring.datasource.url"),
            "--spring.datasource.username=" + env.getRequiredProperty("spring.datasource.username"),
            "--spring.datasource.password=" + env.getRequiredProperty("spring.datasource.password"),
            "--spring.datasource.driver-class-name=org.postgresql.Driver",
            "--spring.flyway.schemas=" + env.getRequiredProperty("spring.flyway.schemas"),
            "--spring.flyway.default-schema=" + env.getRequiredProperty("spring.flyway.schemas"),
            "--parindex.demo.enabled=true",
            "--spring.jmx.enabled=false",
            "--server.port=0")
        .toArray(String[]::new);
  }

  private int demoCommunes() {
    return jdbc.sql("select count(*) from unit where demo and type = 'COMMUNE'")
        .query(Integer.class)
        .single();
  }

  private int count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
  }
}
