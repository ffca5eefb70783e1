package vn.parindex.assessment.imports;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.input.ConflictException;

/**
 * Stores a partial criteria set built from a table under the next free version of its year and unit
 * type. Two communes importing at the same moment take the same number: the second insert breaks
 * the unique version, is rolled back to a savepoint and tries the next number, so both imports
 * succeed; after a few tries it refuses (409) rather than answer 500.
 */
@Component
class PartialSets {

  private static final int TRIES = 40;

  private final TransactionTemplate savepoint;

  PartialSets(PlatformTransactionManager transactions) {
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Runs the save (which reads the next version each time it is called) until it is stored. */
  CriteriaSet save(Supplier<CriteriaSet> saving, int year) {
    for (int attempt = 1; ; attempt++) {
      try {
        return savepoint.execute(status -> saving.get());
      } catch (DuplicateKeyException e) {
        if (attempt == TRIES) {
          throw new ConflictException(
              null, List.of(), "assessment.version.concurrent", String.valueOf(year));
        }
      }
    }
  }
}
