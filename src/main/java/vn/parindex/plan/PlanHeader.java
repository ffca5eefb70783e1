package vn.parindex.plan;

import vn.parindex.input.Text;

/**
 * The heading of the document: issuing authority (upper line and the unit itself), number and
 * symbol ("05/KH-UBND", or "/KH-UBND" with the number left blank), place and date, title and
 * subject. {@code unitLabel} is the unit as the text names it ("xã Vĩnh Chấp").
 */
public record PlanHeader(
    String authorityUpper,
    String authorityUnit,
    String unitLabel,
    String number,
    String place,
    IssueDate issueDate,
    String title,
    String subject) {

  public PlanHeader {
    authorityUpper = Text.clean(blank(authorityUpper));
    authorityUnit = Text.clean(blank(authorityUnit));
    unitLabel = Text.clean(blank(unitLabel));
    number = Text.clean(blank(number));
    place = Text.clean(blank(place));
    title = Text.clean(blank(title));
    subject = Text.clean(blank(subject));
  }

  private static String blank(String s) {
    return s == null ? "" : s;
  }

  /** The number as printed after "Số:", with room to write a missing number by hand. */
  public String printedNumber() {
    return number.startsWith("/") ? "      " + number : number;
  }

  /** The number as cited in the appendix ("05/KH-UBND", "…../KH-UBND"). */
  public String citedNumber() {
    return number.startsWith("/") ? "….." + number : number;
  }
}
