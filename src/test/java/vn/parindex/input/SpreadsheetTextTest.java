package vn.parindex.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

  @ParameterizedTest(name = "«{0}» is written as text")
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\",\"y\")",
        "+1+2",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        "\u0001=1+1",
        "\uFEFF=1"
      })
  void aCellASpreadsheetWouldRunGetsAQuote(String text) {
    assertThat(SpreadsheetText.csvCell(text)).startsWith("'").doesNotContain("\u0001", "\uFEFF");
  }

  @ParameterizedTest(name = "«{0}» is left as it is")
  @ValueSource(strings = {"Vĩnh Chấp", "18.61", "2025-11-15", "a=b", "Tỷ lệ -5%"})
  void ordinaryTextIsUnchanged(String text) {
    assertThat(SpreadsheetText.csvCell(text)).isEqualTo(text);
  }

  @Test
  void nullIsAnEmptyCell() {
    assertThat(SpreadsheetText.csvCell(null)).isEmpty();
  }
}
