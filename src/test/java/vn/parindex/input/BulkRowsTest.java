package vn.parindex.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** On H2 there is no COPY: nothing is attempted (not even on a table that does not exist). */
@SpringBootTest
@ActiveProfiles("test")
class BulkRowsTest {

  @Autowired BulkRows bulk;

  @Test
  void onH2NothingIsWrittenAndTheCallerInserts() {
    assertThat(
            bulk.copy("no_such_table", List.of("a", "b"), List.<Object[]>of(new Object[] {"x", 1})))
        .isFalse();
  }
}
