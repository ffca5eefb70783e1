package vn.parindex.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

  @ParameterizedTest(name = "«{0}» is read as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "18.61 | 18.61",
        "18,61 | 18.61",
        ".5 | 0.5",
        ",5 | 0.5",
        "0,5 | 0.5",
        "0.125 | 0.125",
        "1.234 | 1.234",
        "1,234 | 1.234",
        "' 12 ' | 12",
        "12 điểm | 12",
        "12điểm | 12",
        "12 Điểm | 12",
        "59,69 diem | 59.69",
        "3 đ | 3",
        "90,78% | 90.78",
        "94 % | 94",
        "1.234,5 | 1234.5",
        "1,234.5 | 1234.5",
        "123.456,25 | 123456.25",
        "12,345.678 | 12345.678",
        "1 234,5 | 1234.5",
        "'1\u00A0234,5' | 1234.5",
        "-0,5 | -0.5",
        "\u22120,5 | -0.5",
        "+2 | 2",
        "- 2 | -2",
        "007 | 7",
        "999999.9999 | 999999.9999",
        "'\uFEFF12\u0001' | 12",
      })
  void readsNumbersAsPeopleTypeThem(String raw, String expected) {
    assertThat(Decimals.parse(raw))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
  }

  @ParameterizedTest(name = "«{0}» is blank")
  @ValueSource(strings = {"", " ", "\u00A0", "\t"})
  void blankIsNoNumber(String raw) {
    assertThat(Decimals.parse(raw)).isEmpty();
    assertThat(Decimals.parse(null)).isEmpty();
  }

  @ParameterizedTest(name = "«{0}» is not a number")
  @ValueSource(
      strings = {
        "abc",
        "1e308",
        "1E3",
        "1e400",
        "NaN",
        "Infinity",
        "-",
        "+",
        "%",
        "điểm",
        "5.",
        "5,",
        ".",
        "12 34",
        "1-2",
        "--5",
        "0x1F",
        "1/2",
        "½",
        "12a",
        "(5)",
        "1 2 3,5",
        "11111111111111111111111111111111111111111111111111"
      })
  void refusesWhatIsNotANumber(String raw) {
    assertThatThrownBy(() -> Decimals.parse(raw))
        .isInstanceOf(Decimals.Refused.class)
        .satisfies(
            e ->
                assertThat(Decimals.messageKey((NumberFormatException) e))
                    .isEqualTo("input.number.invalid"));
  }

  @ParameterizedTest(name = "«{0}» could be read two ways")
  @ValueSource(strings = {"1.2.3", "1,2,3", "1.23,4", "1,23.4", "1.234.5", "1,234,5", "1.2,3.4"})
  void refusesWhatIsAmbiguous(String raw) {
    assertThatThrownBy(() -> Decimals.parse(raw))
        .isInstanceOf(Decimals.Refused.class)
        .satisfies(
            e ->
                assertThat(Decimals.messageKey((NumberFormatException) e))
                    .isEqualTo("input.number.ambiguous"));
  }

  @ParameterizedTest(name = "«{0}» is beyond any table")
  @ValueSource(strings = {"1000000", "1.000.000", "-1000000", "1,000,000.5", "123456789"})
  void refusesNumbersBeyondAnyTable(String raw) {
    assertThatThrownBy(() -> Decimals.parse(raw))
        .isInstanceOf(Decimals.Refused.class)
        .satisfies(
            e ->
                assertThat(Decimals.messageKey((NumberFormatException) e))
                    .isEqualTo("input.number.range"));
  }

  @Test
  void readNamesTheRowAndColumnOfARefusedCell() {
    List<InputProblem> problems = new ArrayList<>();

    assertThat(Decimals.read("1.2.3", 7, "Số điểm", problems)).isEmpty();

    assertThat(problems)
        .containsExactly(InputProblem.of(7, "Số điểm", "input.number.ambiguous", "1.2.3"));
  }

  @Test
  void plainNeverShowsAnExponent() {
    assertThat(Decimals.plain(new BigDecimal("2.1E+1"))).isEqualTo("21");
    assertThat(Decimals.plain(new BigDecimal("18.6100"))).isEqualTo("18.61");
  }
}
