package vn.parindex.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Imports a round's survey points, all or nothing, replacing the previous import. The file is read
 * with no transaction open (no pooled connection held while parsing); the points are then written
 * in one short transaction holding the round's row, so an import and a publication, or two imports,
 * run one at a time. An import made against a version that has moved on meanwhile (two at once)
 * answers 409 and stores nothing.
 */
@Service
class SurveyImport {

  static final String AUDIT = "ROUND_SURVEY";

  /** What was stored: the new version and the number of rows. */
  record Result(int version, int rows) {}

  private final Rounds rounds;
  private final RoundLoader loader;
  private final SurveyPoints points;
  private final Units units;
  private final FileLimits limits;
  private final AuditLog audit;
  private final TransactionTemplate writing;

  SurveyImport(
      Rounds rounds,
      RoundLoader loader,
      SurveyPoints points,
      Units units,
      FileLimits limits,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.rounds = rounds;
    this.loader = loader;
    this.points = points;
    this.units = units;
    this.limits = limits;
    this.audit = audit;
    this.writing = new TransactionTemplate(transactions);
  }

  /**
   * @param version the import's version the person saw (none when there was none), or null to
   *     replace whatever was read when the request began
   */
  Result importFile(
      long roundId, String fileName, byte[] content, Integer version, Actor by, LocalDate today) {
    Round round = loader.round(roundId);
    open(round, today);
    Optional<SurveyPoints.Imported> seen = points.last(roundId);
    Integer current = seen.map(SurveyPoints.Imported::version).orElse(null);
    if (version != null && !version.equals(current == null ? -1 : current)) {
      throw Refusal.step("survey.stale");
    }
    List<SurveyFile.Point> read = SurveyFile.read(fileName, content, limits, lookup(round));
    String name = FileKind.safeName(fileName);
    return writing.execute(
        status -> {
          Round locked =
              rounds
                  .lock(roundId)
                  .orElseThrow(() -> new NotFoundException("round.notFound", roundId));
          open(locked, today);
          Optional<SurveyPoints.Imported> before = points.last(roundId);
          if (!Objects.equals(before.map(SurveyPoints.Imported::version).orElse(null), current)) {
            throw Refusal.step("survey.stale");
          }
          Map<Long, Map<String, BigDecimal>> old = points.ofRound(roundId);
          points.replace(roundId, before, read, name, by.user().username(), by.stored());
          audited(by, roundId, before, name, read, old);
          return new Result(before.map(b -> b.version() + 1).orElse(0), read.size());
        });
  }

  /** From the start of the round until its publication. */
  private static void open(Round round, LocalDate today) {
    if (round.published()) {
      throw Refusal.step("survey.published", round.publishedNumber());
    }
    if (today.isBefore(round.windows().selfFrom())) {
      throw Refusal.step("survey.notYet", Days.day(round.windows().selfFrom()));
    }
  }

  private SurveyFile.Lookup lookup(Round round) {
    CriteriaSet set = loader.set(round);
    Map<String, Long> byCode = new HashMap<>();
    Map<String, Long> byName = new HashMap<>();
    for (RoundUnit unit : rounds.units(round.id())) {
      Optional<Unit> found = units.findById(unit.unitId());
      found.ifPresent(
          u -> {
            byCode.put(u.code(), unit.id());
            byName.put(Text.line(u.name()), unit.id());
          });
    }
    return new SurveyFile.Lookup(byCode, byName, set);
  }

  private void audited(
      Actor by,
      long roundId,
      Optional<SurveyPoints.Imported> before,
      String fileName,
      List<SurveyFile.Point> read,
      Map<Long, Map<String, BigDecimal>> old) {
    audit.record(
        by,
        AUDIT,
        roundId,
        "import",
        before.map(b -> b.fileName() + " · " + b.rows()).orElse(null),
        fileName + " · " + read.size());
    for (SurveyFile.Point p : read) {
      Map<String, BigDecimal> ofUnit = old.get(p.roundUnitId());
      BigDecimal was = ofUnit == null ? null : ofUnit.remove(p.code());
      if (was == null || was.compareTo(p.points()) != 0) {
        audit.record(by, AUDIT, p.roundUnitId(), p.code(), plain(was), plain(p.points()));
      }
    }
    for (var unit : old.entrySet()) {
      for (var gone : unit.getValue().entrySet()) {
        audit.record(by, AUDIT, unit.getKey(), gone.getKey(), plain(gone.getValue()), null);
      }
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : vn.parindex.input.Decimals.plain(value);
  }
}
