package vn.parindex.assessment;

/**
 * The rank a document stated: "đứng thứ 11/18 … (tăng 3 bậc so với năm 2023)" is rank 11 of 18,
 * change +3 (a rise). Any part may be null when the document did not say it.
 */
public record StatedRank(Integer rank, Integer of, Integer change) {

  public boolean isEmpty() {
    return rank == null && of == null && change == null;
  }

  public static StatedRank none() {
    return new StatedRank(null, null, null);
  }
}
