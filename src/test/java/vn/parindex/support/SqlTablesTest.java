package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqlTablesTest {

  private static final Map<String, String> OWNERS =
      Map.of("task", "task", "task_update", "task", "unit", "unit", "plan", "plan");

  private static final String BAD =
      """
      package vn.parindex.dashboard;

      // Comments may say "from task" without reading it.
      class Bad {
        private static final String COUNTS =
            "select count(*) from"
                + " task t join unit u on u.id = t.unit_id where t.status = 'DONE'";
        private static final String LAST =
            \"""
            select max(at) from task_update
            \""";
        String key = "task.progress.closed";
        char quote = '"';
        String plans = "select p.id from plan p, task t\\nwhere p.id = t.plan_id";
      }
      """;

  @Test
  void findsEveryTableOfAnotherFeatureInLiteralsAndTextBlocks() {
    assertThat(SqlTables.violations(OWNERS, "dashboard", "Bad.java", BAD))
        .extracting(SqlTables.Violation::table)
        .containsExactly("plan", "task", "task_update", "unit");
  }

  @Test
  void aFeatureMayNameItsOwnTables() {
    assertThat(SqlTables.violations(OWNERS, "task", "Bad.java", BAD))
        .extracting(SqlTables.Violation::table)
        .containsExactly("plan", "unit");
  }

  @Test
  void ignoresCommentsMessageKeysAndWordsThatAreNoTables() {
    String java =
        """
        /* select * from task */
        class Good {
          String key = "task.overdue";
          String sql = "select id from reminder_log where kind = 'OVERDUE'";
          String words = "Update the plan from the page";
        }
        """;
    assertThat(SqlTables.violations(OWNERS, "reminder", "Good.java", java)).isEmpty();
  }

  @Test
  void readsSqlFilesWithoutTheirComments() {
    String sql = "-- from unit\ninsert into task (id) select id from plan;";
    assertThat(SqlTables.violations(OWNERS, "unit", "seed.sql", sql))
        .extracting(SqlTables.Violation::table)
        .containsExactly("plan", "task");
  }

  @Test
  void readsTheTablesAMigrationCreates() {
    String migration =
        "-- create table old\ncreate table task (id bigint);\n"
            + "CREATE TABLE IF NOT EXISTS Task_Update (id bigint references task (id));";
    assertThat(SqlTables.created(migration)).containsExactly("task", "task_update");
  }

  @Test
  void namedReadsAllTablesOfAFromList() {
    assertThat(
            SqlTables.named("select 1 from unit u, plan p, task", Set.of("unit", "plan", "task")))
        .containsExactly("plan", "task", "unit");
  }
}
