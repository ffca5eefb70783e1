package vn.parindex.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.framework.Criterion;
import vn.parindex.unit.Unit;

/**
 * Fills a leaf's numerator and denominator from the unit's one-stop dossiers of the round's year
 * (its criterion's source), through the ordinary self-assessment write: the same locks, department
 * and version rules, audit trail and points by rule. The note and evidence stay. Taking a figure
 * the entry already holds again only marks the moment (a second click changes nothing else).
 */
@Service
public class DossierFill {

  private final RoundLoader loader;
  private final RoundEntries entries;
  private final SelfAssessment self;
  private final DossierFigures figures;
  private final RoundAccess access;
  private final JdbcClient jdbc;
  private final Clock clock;

  DossierFill(
      RoundLoader loader,
      RoundEntries entries,
      SelfAssessment self,
      DossierFigures figures,
      RoundAccess access,
      JdbcClient jdbc,
      Clock clock) {
    this.loader = loader;
    this.entries = entries;
    this.self = self;
    this.figures = figures;
    this.access = access;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** 409 when the leaf names no source, or the unit has no dossier for it this year. */
  @Transactional
  public void fill(
      long roundId, String unitCode, String rawCode, Integer version, Actor by, LocalDate today) {
    Unit unit = loader.unit(unitCode);
    access.checkSelf(unit.id());
    Round round = loader.round(roundId);
    Criterion leaf = RoundLoader.leaf(loader.set(round), rawCode);
    String code = leaf.code().value();
    if (leaf.source() == null) {
      throw Refusal.step("dossier.noSource", code);
    }
    IndicatorFigure figure =
        figures
            .live(unit.id(), DossierRates.from(round.year()), DossierRates.to(round.year(), today))
            .get(leaf.source());
    if (figure == null || !figure.applicable()) {
      throw Refusal.step("dossier.none", code, String.valueOf(round.year()));
    }
    RoundUnit row = loader.row(roundId, unit);
    Entry entry = entries.entry(row.id(), code);
    boolean held = DossierRates.holds(entry.self, figure);
    SelfInput input =
        SelfInput.of(
            null,
            null,
            null,
            null,
            BigDecimal.valueOf(figure.numerator()),
            BigDecimal.valueOf(figure.denominator()),
            null,
            entry.self.note());
    self.write(roundId, unit, code, input, entry.selfEvidence, held ? null : version, by, today);
    jdbc.sql("update round_entry set self_dossiers_at = ? where round_unit_id = ? and code = ?")
        .params(LocalDateTime.now(clock.withZone(ZoneId.systemDefault())), row.id(), code)
        .update();
  }
}
