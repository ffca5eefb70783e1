package vn.parindex.framework.web;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.Scoring;
import vn.parindex.framework.ScoringMethod;
import vn.parindex.input.Messages;

/** A method and its parameters as a reader says them: "Ngưỡng 80%", "trên 90% đến 100%: 2 điểm". */
@Component
class ParamsDescription {

  private final Messages messages;

  ParamsDescription(Messages messages) {
    this.messages = messages;
  }

  /** "Từ 01/01 đến 31/03: Công khai … — phụ trách: Văn hóa – Xã hội". */
  String obligation(Obligation o) {
    String text =
        messages.get(
            "framework.obligation." + o.kind().name(),
            o.title(),
            day(o.from()),
            day(o.to()),
            o.timesPerYear() == null ? "" : String.valueOf(o.timesPerYear()),
            o.withinDays() == null ? "" : String.valueOf(o.withinDays()));
    return o.responsible() == null
        ? text
        : messages.get("framework.obligation.by", text, o.responsible());
  }

  private static String day(MonthDay day) {
    return day == null ? "" : String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
  }

  String method(ScoringMethod method) {
    return messages.get("framework.method." + method.kind().name());
  }

  /** "Nguồn số liệu: Tỷ lệ hồ sơ thanh toán trực tuyến"; null when the leaf has no source. */
  String source(String code) {
    return code == null
        ? null
        : messages.get("framework.source.line", messages.get("framework.source." + code));
  }

  String params(ScoringMethod method) {
    List<String> parts = new ArrayList<>();
    if (method instanceof Scoring.Proportional p && p.floorPercent() != null) {
      parts.add(messages.get("framework.describe.floor", number(p.floorPercent())));
    } else if (method instanceof Scoring.Threshold t) {
      parts.add(messages.get("framework.describe.threshold", number(t.thresholdPercent())));
    } else if (method instanceof Scoring.Deduction d) {
      parts.add(messages.get("framework.describe.perItem", number(d.perItem())));
    } else if (method instanceof Scoring.Levels l) {
      l.levels()
          .forEach(
              level ->
                  parts.add(
                      messages.get(
                          "framework.describe.points", level.name(), number(level.points()))));
    } else if (method instanceof Scoring.RateBands r) {
      r.bands().forEach(band -> parts.add(band(band)));
    } else if (method instanceof Scoring.Survey s) {
      s.weights()
          .forEach(
              (option, weight) ->
                  parts.add(messages.get("framework.describe.weight", option, number(weight))));
    }
    return String.join("; ", parts);
  }

  private String band(Scoring.Band band) {
    List<String> range = new ArrayList<>();
    if (band.from() != null) {
      range.add(
          messages.get(
              band.fromInclusive()
                  ? "framework.describe.from.incl"
                  : "framework.describe.from.excl",
              number(band.from())));
    }
    if (band.to() != null) {
      range.add(
          messages.get(
              band.toInclusive() ? "framework.describe.to.incl" : "framework.describe.to.excl",
              number(band.to())));
    }
    return messages.get(
        "framework.describe.points", String.join(" ", range), number(band.points()));
  }

  /** 2.5 as "2,5" in Vietnamese, "2.5" in English. */
  static String number(BigDecimal value) {
    return vn.parindex.input.DecimalText.plain(value, LocaleContextHolder.getLocale());
  }
}
