package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.expression.AccessException;

/** What page expressions may read through {@link RecordProperties}: our records' components. */
class RecordPropertiesTest {

  record Row(String title, int progress) {
    String secret() {
      return "not a component";
    }
  }

  final RecordProperties properties = RecordProperties.INSTANCE;

  @Test
  void readsTheComponentsOfOurRecords() throws AccessException {
    Row row = new Row("Báo cáo", 40);

    assertThat(properties.canRead(null, row, "title")).isTrue();
    assertThat(properties.read(null, row, "title").getValue()).isEqualTo("Báo cáo");
    assertThat(properties.read(null, row, "progress").getValue()).isEqualTo(40);
  }

  @Test
  void leavesOtherMembersAndOtherTypesToThymeleaf() {
    assertThat(properties.canRead(null, new Row("a", 1), "secret")).isFalse();
    assertThat(properties.canRead(null, "a string", "bytes")).isFalse();
    assertThat(properties.canRead(null, null, "title")).isFalse();
    assertThatThrownBy(() -> properties.read(null, new Row("a", 1), "secret"))
        .isInstanceOf(AccessException.class);
  }

  @Test
  void writesNothing() {
    assertThat(properties.canWrite(null, new Row("a", 1), "title")).isFalse();
    assertThatThrownBy(() -> properties.write(null, new Row("a", 1), "title", "b"))
        .isInstanceOf(AccessException.class);
  }
}
