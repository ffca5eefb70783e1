package vn.parindex.plan;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Who is responsible for a remedial measure and by when, guessed from its wording: a first draft
 * that the PAR officer corrects in the editor.
 */
public enum Responsibility {
  ONE_STOP_SHOP(1),
  FINANCE(1),
  POLICE(1),
  VICE_CHAIR_SOCIAL(2),
  PAR_OFFICER(0);

  private final int section;

  Responsibility(int section) {
    this.section = section;
  }

  /** The 0-based index of the drafted body section the measure's task goes to. */
  public int section() {
    return section;
  }

  public String label() {
    return Wording.get("draft.responsible." + name());
  }

  public static Responsibility infer(String measure) {
    String text = lower(measure);
    if (text.contains("một cửa")) {
      return ONE_STOP_SHOP;
    }
    if (text.contains("tài chính – kế toán")
        || text.contains("tài chính - kế toán")
        || text.contains("ngân sách")) {
      return FINANCE;
    }
    if (text.contains("công an")) {
      return POLICE;
    }
    if (text.contains("pct") || text.contains("phó chủ tịch")) {
      return VICE_CHAIR_SOCIAL;
    }
    return PAR_OFFICER;
  }

  /**
   * 31/03 for what must be publicised in the first quarter, 30/09 for what must be done before the
   * first appraisal round, else 15/11 of the plan year (before the self-assessment).
   */
  public static LocalDate deadline(String reason, String measure, int planYear) {
    String text = lower(reason) + " " + lower(measure);
    if (text.contains("quý i")
        || text.contains("công khai")
        || text.contains("tuyên truyền chỉ số")) {
      return LocalDate.of(planYear, 3, 31);
    }
    if (text.contains("chấm điểm lần 1") || text.contains("thẩm định lần 1")) {
      return LocalDate.of(planYear, 9, 30);
    }
    return LocalDate.of(planYear, 11, 15);
  }

  private static String lower(String text) {
    return text == null ? "" : vn.parindex.input.Text.clean(text).toLowerCase(Locale.ROOT);
  }
}
