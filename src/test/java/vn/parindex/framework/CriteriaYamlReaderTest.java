package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

class CriteriaYamlReaderTest {

  static void refused(String criterion, String path, String key) {
    String yaml =
        "name: Bộ\nyear: 2031\nunitType: COMMUNE\ncriteria:\n  - {code: \"1\", name: A, "
            + criterion
            + "}\n";
    assertThatThrownBy(
            () ->
                CriteriaSetImporter.read(
                    "bo.yaml",
                    yaml.getBytes(StandardCharsets.UTF_8),
                    new CriteriaSetImporter.Fields(null, null, null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.problems())
                    .extracting(InputProblem::column, InputProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(path, key)));
  }

  @ParameterizedTest(name = "{0} is refused at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "max: [1, 2] | criteria[1].max | input.yaml.type.text",
        "max: {a: 1} | criteria[1].max | input.yaml.type.text",
        "max: 1e308 | criteria[1].max | input.number.range",
        "max: !!java.net.URL [\"http://x\"] | criteria[1].max | input.yaml.tag",
        "max: !!binary aGk= | criteria[1].max | input.yaml.tag",
        "max: !custom 1 | criteria[1].max | input.yaml.tag",
        "max: 1, children: 5 | criteria[1].children | input.yaml.type.list",
        "max: 1, method: proportional, params: {floor: 1e308} | criteria[1].params | framework.params.invalid",
        "max: 1, method: [a] | criteria[1].method | input.yaml.type.text",
      })
  void aValueOfTheWrongTypeOrATagIsRefusedAtItsPath(String criterion, String path, String key) {
    refused(criterion, path, key);
  }
}
