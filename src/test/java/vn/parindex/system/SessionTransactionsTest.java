package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class SessionTransactionsTest {

  private final SessionTransactions transactions = newTransactions();

  private static SessionTransactions newTransactions() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:session-tx");
    return new SessionTransactions(new DataSourceTransactionManager(h2));
  }

  @Test
  void aSessionIsWrittenInATransactionOfItsOwn() {
    boolean inTransaction =
        transactions.execute(s -> TransactionSynchronizationManager.isActualTransactionActive());

    assertThat(inTransaction).isTrue();
  }

  @Test
  void aSessionIsReadWithoutATransaction() {
    boolean inTransaction =
        SessionTransactions.reading(
            () ->
                transactions.execute(
                    s -> TransactionSynchronizationManager.isActualTransactionActive()));

    assertThat(inTransaction).isFalse();
    // and what follows the read is transactional again
    Boolean after =
        transactions.execute(s -> TransactionSynchronizationManager.isActualTransactionActive());
    assertThat(after).isTrue();
  }
}
