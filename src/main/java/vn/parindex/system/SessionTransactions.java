package vn.parindex.system;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session JDBC's transactions (a new one for each of its operations, as the library sets
 * them up), except while {@link SessionStore} reads a session: that is one statement, which needs
 * no transaction, and a page view then makes one round trip to the database for its session instead
 * of two (the read, then its commit).
 */
final class SessionTransactions implements TransactionOperations {

  private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

  private final TransactionTemplate template;

  SessionTransactions(PlatformTransactionManager transactions) {
    this.template = new TransactionTemplate(transactions);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Runs a session read without a transaction of its own. */
  static <T> T reading(Supplier<T> read) {
    READING.set(Boolean.TRUE);
    try {
      return read.get();
    } finally {
      READING.remove();
    }
  }

  @Override
  public <T> T execute(TransactionCallback<T> action) throws TransactionException {
    if (READING.get() != null) {
      return action.doInTransaction(new SimpleTransactionStatus(false));
    }
    return template.execute(action);
  }
}
