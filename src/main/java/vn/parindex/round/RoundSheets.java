package vn.parindex.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.Scoring;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * What the round pages show: the rounds a person may see, a round's units, and one unit's leaves
 * side by side with the steps that person may take now. Read only; every object is checked by
 * {@link RoundAccess}.
 */
@Service
public class RoundSheets {

  /** A round as its list shows it; {@code counts} by state name, in the order of the cycle. */
  public record RoundRow(
      long id,
      int year,
      String parentName,
      String setName,
      LocalDate selfFrom,
      LocalDate selfTo,
      LocalDate round1Due,
      LocalDate explanationDue,
      LocalDate round2Due,
      LocalDate publication,
      Map<String, Integer> counts) {}

  /**
   * One unit of a round as listed: its state (the enum's name, shown through the bundle), and
   * whether the reader may open its page ({@code opens}).
   */
  public record UnitRow(String code, String name, String state, boolean opens) {}

  public record RoundDetail(RoundRow round, List<UnitRow> units) {}

  /** A document of the unit as a leaf lists it. */
  public record Document(long id, String number, LocalDate date, String title) {}

  /**
   * One leaf, every stage side by side; {@code kind} is the scoring method's name, {@code levels}
   * the levels a LEVELS leaf offers to choose from (empty for the other kinds). {@code
   * explainable}: round 1 cut or flagged it, or it was reopened for the unit's reply; {@code
   * replyOpen}: the unit may write that reply in its current step. {@code pointChoices}: the points
   * an appraiser may give when the method gives a few fixed values (done or not, levels, rate
   * bands), offered as a choice; empty when any 0..max may be typed.
   */
  public record Leaf(
      String code,
      String name,
      BigDecimal max,
      String kind,
      int version,
      BigDecimal points,
      Boolean done,
      String level,
      BigDecimal rate,
      BigDecimal numerator,
      BigDecimal denominator,
      Integer count,
      String note,
      BigDecimal selfPoints,
      List<Document> selfEvidence,
      BigDecimal round1Points,
      String round1Note,
      boolean explanationRequired,
      boolean explainable,
      Boolean explanationAgree,
      String explanationText,
      List<Document> explanationEvidence,
      BigDecimal round2Points,
      String round2Note,
      BigDecimal finalPoints,
      List<Scoring.Level> levels,
      boolean replyOpen,
      List<BigDecimal> pointChoices) {}

  /**
   * A unit's sheet, its documents to pick as evidence, and what the reader may do now: write self
   * entries, submit, appraise (the open round, or null), explain, submit the explanations; {@code
   * nothingToExplain}: round 1 cut and flagged nothing, so the unit went on to round 2 at once.
   */
  public record UnitSheet(
      RoundRow round,
      UnitRow unit,
      List<Leaf> leaves,
      List<Document> library,
      boolean canSelf,
      boolean canSubmit,
      Integer appraisalRound,
      boolean canExplain,
      boolean canSubmitExplanations,
      boolean nothingToExplain) {}

  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundIndex index;
  private final RoundEntries entries;
  private final EvidenceDocuments documents;
  private final Units units;
  private final RoundAccess access;

  RoundSheets(
      RoundLoader loader,
      Rounds rounds,
      RoundIndex index,
      RoundEntries entries,
      EvidenceDocuments documents,
      Units units,
      RoundAccess access) {
    this.loader = loader;
    this.rounds = rounds;
    this.index = index;
    this.entries = entries;
    this.documents = documents;
    this.units = units;
    this.access = access;
  }

  /** The rounds with at least one unit (or the parent) the reader may see. */
  @Transactional(readOnly = true)
  public List<RoundRow> visible() {
    List<RoundRow> rows = new ArrayList<>();
    for (long id : index.ids()) {
      Round round = loader.round(id);
      try {
        rows.add(row(round, access.visible(round, rounds.units(id))));
      } catch (NotFoundException notSeen) {
        // a round of units out of the reader's scope is not listed
      }
    }
    return rows;
  }

  @Transactional(readOnly = true)
  public RoundDetail detail(long id) {
    Round round = loader.round(id);
    java.util.function.LongPredicate opens = access.opens();
    List<RoundUnit> seen = access.visible(round, rounds.units(id), opens);
    Map<Long, Unit> byId = RoundViews.unitsOf(units, round);
    return new RoundDetail(
        row(round, seen),
        seen.stream()
            .map(
                r ->
                    unitRow(
                        r,
                        byId.computeIfAbsent(r.unitId(), this::unitById),
                        opens.test(r.unitId())))
            .toList());
  }

  /**
   * The unit's sheet as the reader sees it, from the page's one read of the unit. Not a transaction
   * of its own: on PostgreSQL each statement of a read-committed transaction sees what is committed
   * when it starts anyway, and its commit would be one more round trip a page view.
   */
  public UnitSheet sheet(UnitRead read) {
    Round round = read.round();
    Unit unit = read.unit();
    RoundUnit row = read.row();
    List<Entry> stored = entries.all(row.id());
    Map<String, Entry> byCode = new HashMap<>(stored.size() * 2);
    for (Entry e : stored) {
      byCode.put(e.code, e);
    }
    // the unit's library is listed anyway: the documents the entries link are taken from it, and
    // only those not in it (another unit's, usually none) read by id
    List<Document> library = index.documents(unit.id());
    Map<Long, Document> docs = linked(documentIds(stored), library);
    List<Criterion> set = read.set().leaves();
    List<Leaf> leaves = new ArrayList<>(set.size());
    boolean cutOrFlagged = false;
    for (Criterion c : set) {
      String code = c.code().value();
      Entry e = byCode.get(code);
      if (e == null) {
        e = new Entry(null, row.id(), code, 0);
      }
      SelfInput s = e.self;
      boolean answered = e.explainable();
      cutOrFlagged |= answered;
      leaves.add(
          new Leaf(
              code,
              c.name(),
              c.maxPoints(),
              c.methodOrManual().kind().name(),
              e.version,
              s.points(),
              s.done(),
              s.level(),
              s.rate(),
              s.numerator(),
              s.denominator(),
              s.count(),
              s.note(),
              e.selfPoints,
              documents(e.selfEvidence, docs),
              e.round1Points,
              e.round1Note,
              e.explanationRequired,
              answered || row.reopenedForReply(code, read.lifts()),
              e.explanationAgree,
              e.explanationText,
              documents(e.explanationEvidence, docs),
              e.round2Points,
              e.round2Note,
              e.finalPoints,
              c.methodOrManual() instanceof Scoring.Levels l ? l.levels() : List.of(),
              row.replyOpen(code, answered, read.lifts()),
              PointChoices.of(c)));
    }
    RoundState state = row.state();
    RoundAccess.OnUnit may = read.may();
    Integer appraisal =
        may.appraise()
            ? row.appraisalRound(read.today(), round.windows(), read.lifts()).orElse(null)
            : null;
    boolean leader = may.leader();
    return new UnitSheet(
        row(round, List.of(row)),
        unitRow(row, unit, true),
        leaves,
        library,
        state == RoundState.DRAFT && may.self(),
        state == RoundState.DRAFT && leader,
        appraisal,
        may.explain()
            && (state == RoundState.APPRAISED_1 || leaves.stream().anyMatch(Leaf::replyOpen)),
        state == RoundState.APPRAISED_1 && leader,
        state == RoundState.EXPLAINED && !cutOrFlagged);
  }

  /** A leaf's documents in its order; one the index does not know shown by its id alone. */
  private static List<Document> documents(List<Long> ids, Map<Long, Document> docs) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Document[] found = new Document[ids.size()];
    for (int i = 0; i < found.length; i++) {
      Long id = ids.get(i);
      Document d = docs.get(id);
      found[i] = d != null ? d : new Document(id, null, null, null);
    }
    return List.of(found);
  }

  /**
   * The linked documents ({@code missing}, emptied of those found): those of the library, and the
   * others read by id (one query, none when the library has them all).
   */
  private Map<Long, Document> linked(java.util.Set<Long> missing, List<Document> library) {
    Map<Long, Document> docs = new HashMap<>(missing.size() * 2);
    for (Document d : library) {
      if (missing.remove(d.id())) {
        docs.put(d.id(), d);
      }
    }
    docs.putAll(index.documents(missing));
    return docs;
  }

  /** Every document the entries link, for one query instead of one per document. */
  private static java.util.Set<Long> documentIds(List<Entry> entries) {
    java.util.Set<Long> ids = new java.util.HashSet<>();
    for (Entry e : entries) {
      ids.addAll(e.selfEvidence);
      ids.addAll(e.explanationEvidence);
    }
    return ids;
  }

  private RoundRow row(Round round, List<RoundUnit> seen) {
    Map<RoundState, Integer> counts = new EnumMap<>(RoundState.class);
    seen.forEach(u -> counts.merge(u.state(), 1, Integer::sum));
    Map<String, Integer> named = new java.util.LinkedHashMap<>();
    counts.forEach((state, n) -> named.put(state.name(), n));
    Windows w = round.windows();
    return new RoundRow(
        round.id(),
        round.year(),
        units.findById(round.parentUnitId()).map(Unit::name).orElse(""),
        loader.set(round).name(),
        w.selfFrom(),
        w.selfTo(),
        w.round1Due(),
        w.explanationDue(),
        w.round2Due(),
        w.publication(),
        named);
  }

  private Unit unitById(long id) {
    return units.findById(id).orElseThrow();
  }

  private static UnitRow unitRow(RoundUnit row, Unit unit, boolean opens) {
    return new UnitRow(unit.code(), unit.name(), row.state().name(), opens);
  }
}
