package vn.parindex.round;

/**
 * What the chairman sends with the self-assessment: the report's "Khó khăn, vướng mắc" and "Đề
 * xuất, kiến nghị" (each optional; left out, the earlier text stays), and whether the warnings
 * shown before submission were seen (required when there are any).
 */
public record Submission(String difficulties, String proposals, boolean warningsSeen) {

  /** A submission with no texts, the warnings seen or not. */
  public static Submission plain(boolean warningsSeen) {
    return new Submission(null, null, warningsSeen);
  }
}
