package vn.parindex.assessment;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;

/**
 * The rank a document stated: "đứng thứ 11/18 … (tăng 3 bậc so với năm 2023)" is rank 11 of 18,
 * change +3 (a rise). Any part may be null when the document did not say it.
 */
public record StatedRank(Integer rank, Integer of, Integer change) {

  /** More units than any ranking holds (a province has a few thousand communes). */
  static final int MOST = 100_000;

  /** Refuses a rank no ranking can state: below 1, beyond its peers, or past {@link #MOST}. */
  public StatedRank {
    List<InputProblem> problems = new ArrayList<>();
    if (rank != null && (rank < 1 || rank > MOST || (of != null && rank > of))) {
      problems.add(
          InputProblem.ofField(0, "assessment.field.rank", "assessment.rank.invalid", rank));
    }
    if (of != null && (of < 1 || of > MOST)) {
      problems.add(
          InputProblem.ofField(0, "assessment.field.rankOf", "assessment.rank.invalid", of));
    }
    if (change != null && Math.abs(change) > MOST) {
      problems.add(
          InputProblem.ofField(
              0, "assessment.field.rankChange", "assessment.rank.invalid", change));
    }
    Bounds.check(problems);
  }

  public boolean isEmpty() {
    return rank == null && of == null && change == null;
  }

  public static StatedRank none() {
    return new StatedRank(null, null, null);
  }
}
