package vn.parindex.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorThresholdsTest {

  private final IndicatorThresholds defaults = new IndicatorThresholds(null, null, null);

  @Test
  void greenFromNinetyFiveAmberFromEightyRedBelowAndNoLightWithoutDossiers() {
    assertThat(defaults.light(new IndicatorFigure(IndicatorCode.ONLINE, 95, 100)))
        .isEqualTo(IndicatorThresholds.Light.GREEN);
    assertThat(defaults.light(new IndicatorFigure(IndicatorCode.ONLINE, 949, 1000)))
        .isEqualTo(IndicatorThresholds.Light.AMBER);
    assertThat(defaults.light(new IndicatorFigure(IndicatorCode.ONLINE, 80, 100)))
        .isEqualTo(IndicatorThresholds.Light.AMBER);
    assertThat(defaults.light(new IndicatorFigure(IndicatorCode.ONLINE, 79, 100)))
        .isEqualTo(IndicatorThresholds.Light.RED);
    assertThat(defaults.light(new IndicatorFigure(IndicatorCode.ONLINE, 0, 0)))
        .isEqualTo(IndicatorThresholds.Light.NONE);
  }

  @Test
  void anIndicatorMayHaveItsOwnThresholds() {
    IndicatorThresholds own =
        new IndicatorThresholds(
            null,
            null,
            Map.of(
                IndicatorCode.ON_TIME,
                new IndicatorThresholds.Level(BigDecimal.valueOf(100), null)));
    assertThat(own.light(new IndicatorFigure(IndicatorCode.ON_TIME, 99, 100)))
        .isEqualTo(IndicatorThresholds.Light.AMBER);
    assertThat(own.light(new IndicatorFigure(IndicatorCode.ONLINE, 99, 100)))
        .isEqualTo(IndicatorThresholds.Light.GREEN);
  }

  @Test
  void aSparklineBreaksWhereAMonthHasNoRate() {
    List<IndicatorFigure> months =
        List.of(
            new IndicatorFigure(IndicatorCode.ONLINE, 1, 1),
            new IndicatorFigure(IndicatorCode.ONLINE, 0, 2),
            new IndicatorFigure(IndicatorCode.ONLINE, 0, 0),
            new IndicatorFigure(IndicatorCode.ONLINE, 1, 2));
    Sparkline line = Sparkline.of(months);
    assertThat(line.runs()).hasSize(2);
    // 100 % at the top (y 4), 0 % at the bottom (y 36)
    assertThat(line.runs().get(0)).isEqualTo("4,4.0 14,36.0");
    assertThat(line.runs().get(1)).isEqualTo("34,20.0 34,20.0");
  }
}
