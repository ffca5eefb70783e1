package vn.parindex.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @ParameterizedTest(name = "{0} is dropped")
  @ValueSource(
      strings = {
        "\u0001", "\u0000", "\u001F", "\u007F", "\u0085", "\uFEFF", "\u200B", "\u200E", "\u202E",
        "\u2066"
      })
  void dropsInvisibleCharactersInsideACell(String invisible) {
    assertThat(Text.clean("Báo" + invisible + "cáo")).isEqualTo("Báocáo");
  }

  @Test
  void turnsWordsVerticalTabIntoALineBreak() {
    assertThat(Text.clean("dòng 1\u000Bdòng 2")).isEqualTo("dòng 1\ndòng 2");
  }

  @Test
  void keepsLineBreaksAndFoldsBlanks() {
    assertThat(Text.clean("  a \t b\u00A0 \r\n  c  ")).isEqualTo("a b\nc");
  }

  @Test
  void oneLineFoldsLineBreaks() {
    assertThat(Text.line("Bộ chỉ số\r\nnăm 2025")).isEqualTo("Bộ chỉ số năm 2025");
    assertThat(Text.lineOrNull(" \u0001 ")).isNull();
  }

  @Test
  void composesVietnameseToNfc() {
    String decomposed = Normalizer.normalize("Vĩnh Chấp", Normalizer.Form.NFD);

    assertThat(Text.clean(decomposed)).isEqualTo("Vĩnh Chấp");
    assertThat(Normalizer.isNormalized(Text.clean(decomposed), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void nullStaysNull() {
    assertThat(Text.clean(null)).isNull();
    assertThat(Text.cleanOrNull("  ")).isNull();
  }
}
