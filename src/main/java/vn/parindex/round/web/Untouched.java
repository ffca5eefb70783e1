package vn.parindex.round.web;

import java.util.List;
import vn.parindex.round.RoundAssignments;
import vn.parindex.round.RoundSheets;

/**
 * The criteria the reader has not appraised yet in the unit's open round, as the appraiser's queue
 * counts them: round 1, every criterion they appraise without round-1 points; round 2, those cut or
 * flagged in round 1 without round-2 points. Ending the round keeps the points of the stage before
 * for each of them, so the page says which before the appraiser confirms.
 */
record Untouched(int round, List<String> codes) {

  static final String FIELD = "acknowledgeUntouched";

  /** None when no appraisal round is open for the reader. */
  static Untouched of(RoundSheets.UnitSheet sheet, RoundAssignments.LeafFillers fillers) {
    Integer round = sheet.appraisalRound();
    if (round == null) {
      return new Untouched(0, List.of());
    }
    List<String> codes =
        sheet.leaves().stream()
            .filter(l -> !l.kind().equals("SURVEY"))
            .filter(l -> fillers == null || fillers.appraises(l.code()))
            .filter(
                l ->
                    round == 1
                        ? l.round1Points() == null
                        : l.explainable() && l.round2Points() == null)
            .map(RoundSheets.Leaf::code)
            .toList();
    return new Untouched(round, codes);
  }

  boolean any() {
    return !codes.isEmpty();
  }

  /** The first few codes, as a message lists them ("1.2, 1.3, 2.1, …"). */
  String shown(int first) {
    String listed = String.join(", ", firsts(first));
    return codes.size() > first ? listed + ", …" : listed;
  }

  List<String> firsts(int first) {
    return codes.subList(0, Math.min(first, codes.size()));
  }
}
