package vn.parindex.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.dossier.Indicators;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.input.Decimals;
import vn.parindex.unit.Unit;

/**
 * The live one-stop figure of each leaf whose criterion names a source indicator, for the round's
 * year (1 January to today, or to 31 December once the year is over): what the unit's inputs fill
 * from, what the appraiser sees beside them, and the warning when a typed rate disagrees.
 */
@Service
public class DossierFigures {

  /** The figure of one leaf and how the unit's entry stands against it. */
  public record Figure(
      String code,
      String source,
      long unitId,
      LocalDate from,
      LocalDate to,
      long numerator,
      long denominator,
      BigDecimal rate,
      BigDecimal stated,
      boolean filled,
      LocalDateTime filledAt) {

    /** No dossier of the unit counts for it this year: the leaf stays typed by hand. */
    public boolean applicable() {
      return denominator > 0;
    }

    /** The entry states a rate other than the dossiers'. */
    public boolean disagrees() {
      return applicable() && stated != null && DossierRates.differ(stated, rate);
    }

    /** The dossiers behind the figure, the leaf's evidence. */
    public String dossiersLink() {
      return "/indicators/" + source + "?unit=" + unitId + "&period=" + from + ".." + to;
    }
  }

  /** The figures of a unit's page by leaf code; none when the set names no source. */
  public record Live(Map<String, Figure> byCode) {
    public static final Live NONE = new Live(Map.of());

    public Figure of(String code) {
      return byCode.get(code);
    }
  }

  private final RoundEntries entries;
  private final Indicators indicators;
  private final JdbcClient jdbc;
  private final Clock clock;

  DossierFigures(RoundEntries entries, Indicators indicators, JdbcClient jdbc, Clock clock) {
    this.clock = clock;
    this.entries = entries;
    this.indicators = indicators;
    this.jdbc = jdbc;
  }

  /** The figures of the unit's page, from its one read of the unit. */
  @Transactional(readOnly = true)
  public Live of(UnitRead read) {
    Round round = read.round();
    CriteriaSet set = read.set();
    if (set.leaves().stream().noneMatch(c -> c.source() != null)) {
      return Live.NONE;
    }
    Unit unit = read.unit();
    RoundUnit row = read.row();
    LocalDate today = read.today();
    Map<String, Entry> byCode =
        entries.all(row.id()).stream().collect(Collectors.toMap(e -> e.code, e -> e));
    Map<String, LocalDateTime> stamps = stamps(row.id());
    Map<String, Figure> figures = new HashMap<>();
    LocalDate from = DossierRates.from(round.year());
    LocalDate to = DossierRates.to(round.year(), today);
    Map<String, IndicatorFigure> live = live(unit.id(), from, to);
    for (Criterion leaf : set.leaves()) {
      IndicatorFigure f = leaf.source() == null ? null : live.get(leaf.source());
      if (f == null) {
        continue;
      }
      String code = leaf.code().value();
      SelfInput self = byCode.containsKey(code) ? byCode.get(code).self : SelfInput.empty();
      boolean filled = DossierRates.holds(self, f);
      figures.put(
          code,
          new Figure(
              code,
              leaf.source(),
              unit.id(),
              from,
              to,
              f.numerator(),
              f.denominator(),
              f.rate().orElse(null),
              DossierRates.stated(self).orElse(null),
              filled,
              filled ? stamps.get(code) : null));
    }
    return new Live(figures);
  }

  /**
   * Reviews the pre-submission warnings against the dossiers of the year: a typed rate that
   * disagrees is added; a leaf holding the dossiers' own figure is evidenced by their list, so "no
   * evidence" is dropped there.
   */
  void review(
      Round round,
      CriteriaSet set,
      long unitId,
      Map<String, Entry> by,
      List<Warnings.Found> found) {
    List<Criterion> sourced = set.leaves().stream().filter(c -> c.source() != null).toList();
    if (sourced.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    Map<String, IndicatorFigure> live =
        live(unitId, DossierRates.from(round.year()), DossierRates.to(round.year(), today));
    for (Criterion leaf : sourced) {
      Entry entry = by.get(leaf.code().value());
      IndicatorFigure f = live.get(leaf.source());
      if (entry == null || f == null || !f.applicable()) {
        continue;
      }
      String code = leaf.code().value();
      if (DossierRates.holds(entry.self, f)) {
        found.removeIf(w -> w.code().equals(code) && w.key().equals("round.warning.noEvidence"));
      }
      Optional<BigDecimal> stated = DossierRates.stated(entry.self);
      if (stated.isPresent() && DossierRates.differ(stated.get(), f.rate().orElseThrow())) {
        found.add(
            new Warnings.Found(
                leaf.code().value(),
                "round.warning.dossier",
                List.of(
                    Decimals.plain(DossierRates.shown(stated.get())),
                    Decimals.plain(f.rate().orElseThrow()),
                    String.valueOf(f.numerator()),
                    String.valueOf(f.denominator()))));
      }
    }
  }

  /** The unit's figures of the period by indicator code; empty when the period has not begun. */
  Map<String, IndicatorFigure> live(long unitId, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return Map.of();
    }
    return indicators.of(unitId, from, to).stream()
        .collect(Collectors.toMap(f -> f.code().name(), f -> f));
  }

  private Map<String, LocalDateTime> stamps(long roundUnitId) {
    Map<String, LocalDateTime> stamps = new HashMap<>();
    jdbc.sql(
            "select code, self_dossiers_at from round_entry"
                + " where round_unit_id = ? and self_dossiers_at is not null")
        .param(roundUnitId)
        .query(
            rs -> {
              stamps.put(rs.getString(1), rs.getObject(2, LocalDateTime.class));
            });
    return stamps;
  }
}
