package vn.parindex.round;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;
import vn.parindex.framework.Scoring;
import vn.parindex.input.Decimals;
import vn.parindex.input.Text;

/**
 * One leaf of one unit in one round: the unit's self-assessment, round 1, its explanation, round 2
 * and the final points, side by side. Each stage writes only its own fields; none overwrites
 * another's.
 */
final class Entry {

  final Long id;
  final long roundUnitId;
  final String code;
  final int version;
  SelfInput self = SelfInput.empty();
  BigDecimal selfPoints;
  List<Long> selfEvidence = List.of();
  BigDecimal round1Points;
  String round1Note;
  boolean explanationRequired;
  Boolean explanationAgree;
  String explanationText;
  List<Long> explanationEvidence = List.of();
  BigDecimal round2Points;
  String round2Note;
  BigDecimal finalPoints;

  Entry(Long id, long roundUnitId, String code, int version) {
    this.id = id;
    this.roundUnitId = roundUnitId;
    this.code = code;
    this.version = version;
  }

  /**
   * Why points were lost, as the published assessment states it: the appraiser's note of the last
   * round that set the points, when the result still stands below what the unit claimed; none when
   * the loss is only the unit's own (a round that gave the points back does not explain a loss).
   */
  String standingCutNote() {
    BigDecimal claimed = selfPoints == null ? BigDecimal.ZERO : selfPoints;
    if (finalPoints == null || finalPoints.compareTo(claimed) >= 0) {
      return null;
    }
    return round2Note != null ? round2Note : round1Note; // round 2 untouched: round 1's word
  }

  /** The unit's inputs; its points computed by the leaf's rule, typed only on a manual leaf. */
  void writeSelf(Criterion leaf, SelfInput typed, List<Long> evidence) {
    MethodKind kind = leaf.methodOrManual().kind();
    if (kind == MethodKind.SURVEY) {
      throw Refusal.field("code", "survey", code);
    }
    if (kind != MethodKind.MANUAL && typed.points() != null) {
      throw Refusal.field("points", "points.computed", code);
    }
    if (kind == MethodKind.MANUAL && typed.hasRuleInputs()) {
      throw Refusal.field("points", "points.manual", code);
    }
    SelfInput input = knownLevel(leaf, typed);
    BigDecimal points =
        leaf.methodOrManual().score(leaf.maxPoints(), input.scoreInput()).orElse(null);
    if (points != null) {
      checkRange("points", points, leaf.maxPoints());
    }
    self = input;
    selfPoints = points;
    selfEvidence = List.copyOf(evidence);
  }

  /**
   * An appraiser's points for round 1 or 2, 0..max and only points the leaf's rule can give (0 or
   * max when done or not). Taking points away (below the claim in round 1, below round 1 in round
   * 2) needs a note saying why.
   */
  void appraise(int round, BigDecimal points, String note, boolean flag, Criterion leaf) {
    if (points == null) {
      throw Refusal.field("points", "required");
    }
    BigDecimal max = leaf.maxPoints();
    checkRange("points", points, max);
    PointChoices.check("points", code, leaf, points);
    String text = Text.cleanOrNull(note);
    if (text != null && text.length() > 2000) {
      throw Refusal.field("note", "tooLong", 2000);
    }
    BigDecimal reference = round == 1 ? or(selfPoints, max) : or(round1Points, or(selfPoints, max));
    if (points.compareTo(reference) < 0 && text == null) {
      throw Refusal.field("note", "note.cut", code, Decimals.stripped(reference));
    }
    if (round == 1) {
      round1Points = points;
      round1Note = text;
      explanationRequired = flag;
    } else {
      round2Points = points;
      round2Note = text;
    }
  }

  /** Whether the unit may reply on this criterion: round 1 cut it or asked for an explanation. */
  boolean explainable() {
    return explanationRequired
        || (round1Points != null && round1Points.compareTo(or(selfPoints, round1Points)) < 0);
  }

  /**
   * The unit's reply on this criterion: one round 1 cut or flagged, or one reopened for it ({@code
   * reopened}), which it may answer though round 1 took nothing from it.
   */
  void explain(Boolean agree, String text, List<Long> evidence, boolean reopened) {
    if (!reopened && !explainable()) {
      throw Refusal.field("code", "explain.notCut", code);
    }
    if (agree == null) {
      throw Refusal.field("agree", "required");
    }
    String clean = Text.cleanOrNull(text);
    if (clean == null) {
      throw Refusal.field("text", "required");
    }
    if (clean.length() > 4000) {
      throw Refusal.field("text", "tooLong", 4000);
    }
    explanationAgree = agree;
    explanationText = clean;
    explanationEvidence = List.copyOf(evidence);
  }

  /** Ends round 1: a leaf the appraiser did not touch keeps the points the unit claimed. */
  void closeRound1() {
    if (round1Points == null) {
      round1Points = selfPoints;
    }
  }

  /** Ends round 2: a leaf not appraised again keeps its round-1 points, which become final. */
  void closeRound2() {
    if (round2Points == null) {
      round2Points = round1Points;
    }
    finalPoints = round2Points;
  }

  /** The fields as the audit trail records them, old and new compared by their text. */
  Map<String, Object> snapshot() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("selfInputs", self.describe());
    fields.put("selfPoints", plain(selfPoints));
    fields.put("selfNote", self.note());
    fields.put("selfEvidence", selfEvidence);
    fields.put("round1Points", plain(round1Points));
    fields.put("round1Note", round1Note);
    fields.put("explanationRequired", explanationRequired);
    fields.put("explanationAgree", explanationAgree);
    fields.put("explanationText", explanationText);
    fields.put("explanationEvidence", explanationEvidence);
    fields.put("round2Points", plain(round2Points));
    fields.put("round2Note", round2Note);
    fields.put("finalPoints", plain(finalPoints));
    return fields;
  }

  /**
   * A level the leaf defines, kept as the set spells it ("tốt" becomes "Tốt"); any other word is
   * refused naming the leaf's levels, never stored as an input that scores nothing.
   */
  private SelfInput knownLevel(Criterion leaf, SelfInput input) {
    if (input.level() == null || !(leaf.methodOrManual() instanceof Scoring.Levels levels)) {
      return input;
    }
    List<String> names = levels.levels().stream().map(Scoring.Level::name).toList();
    String named =
        names.stream()
            .filter(n -> n.equalsIgnoreCase(input.level()))
            .findFirst()
            .orElseThrow(
                () ->
                    Refusal.field(
                        "level", "level.unknown", input.level(), code, String.join(", ", names)));
    return input.withLevel(named);
  }

  private void checkRange(String field, BigDecimal points, BigDecimal max) {
    if (points.signum() < 0 || points.compareTo(max) > 0) {
      // numbers, not text: the message writes them as its reader does ("1,5" in Vietnamese)
      throw Refusal.field(
          field, "points.range", code, Decimals.stripped(max), Decimals.stripped(points));
    }
  }

  private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
    return value == null ? fallback : value;
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : Decimals.plain(value);
  }
}
