package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTest {

  @Test
  void aRefusedPostKeepsWhatWasTypedAndSaysWhatIsWrongBesideItsField() {
    Form form =
        Form.of(
                Map.of(
                    "title", new String[] {"Ca\u0309i thie\u0323\u0302n"},
                    "_csrf", new String[] {"secret"},
                    "due", new String[] {}))
            .withError("due", "Hạn hoàn thành: chưa nhập.")
            .withErrors(List.of("Không lưu được."));

    assertThat(form.value("title")).isEqualTo("Cải thiện");
    assertThat(form.value("_csrf")).isEmpty();
    assertThat(form.value("due")).isEmpty();
    assertThat(form.error("due")).isEqualTo("Hạn hoàn thành: chưa nhập.");
    assertThat(form.error("title")).isNull();
    assertThat(form.errors()).containsExactly("Không lưu được.");
    assertThat(form.hasErrors()).isTrue();
    assertThat(Form.empty().hasErrors()).isFalse();
  }

  @Test
  void chosenOptionsAreRecognisedAndHugeValuesAreCut() {
    Form form = Form.of(Map.of("type", "COMMUNE", "note", "x".repeat(Form.MAX_KEPT + 5)));

    assertThat(form.selected("type", "COMMUNE")).isTrue();
    assertThat(form.selected("type", "WARD")).isFalse();
    assertThat(form.selected("type", null)).isFalse();
    assertThat(form.value("note")).hasSize(Form.MAX_KEPT);
    assertThat(form.with("type", 3L).value("type")).isEqualTo("3");
  }
}
