package vn.parindex.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/**
 * A remediation plan (kế hoạch khắc phục) for a unit and year: the document's header, legal bases,
 * opening, body sections, closing, recipients, signature, and the appendix of lost points. The
 * appendix keeps its lines numbered 1..n whatever is added, removed or moved.
 */
public final class Plan {

  private final Long id;
  private final long unitId;
  private final int year;
  private final Long assessmentId;
  private PlanHeader header;
  private List<String> legalBases;
  private List<String> opening;
  private List<PlanSection> sections;
  private String closing;
  private List<String> recipients;
  private Signature signature;
  private String appendixTitle;
  private final List<PlanLine> lines = new ArrayList<>();
  private int version;

  public Plan(
      Long id,
      long unitId,
      int year,
      Long assessmentId,
      PlanHeader header,
      PlanText text,
      Signature signature,
      List<PlanLine> lines) {
    this.id = id;
    this.unitId = unitId;
    this.year = year;
    this.assessmentId = assessmentId;
    this.header = Objects.requireNonNull(header);
    this.signature = Objects.requireNonNull(signature);
    edit(text);
    lines.forEach(this.lines::add);
    renumber();
  }

  /** The texts of the document body, edited as one. */
  public record PlanText(
      List<String> legalBases,
      List<String> opening,
      List<PlanSection> sections,
      String closing,
      List<String> recipients,
      String appendixTitle) {}

  public Plan withId(long newId) {
    return new Plan(newId, unitId, year, assessmentId, header, text(), signature, lines)
        .atVersion(version);
  }

  /**
   * This plan as read at a stored version: a save made from it is refused when the stored plan has
   * moved on since (someone else saved in between).
   */
  public Plan atVersion(int storedVersion) {
    this.version = storedVersion;
    return this;
  }

  public int version() {
    return version;
  }

  public void edit(PlanText text) {
    this.legalBases = paragraphs(text.legalBases());
    this.opening = paragraphs(text.opening());
    this.sections = List.copyOf(text.sections());
    this.closing = Text.clean(text.closing() == null ? "" : text.closing());
    this.recipients = paragraphs(text.recipients());
    this.appendixTitle = Text.clean(text.appendixTitle() == null ? "" : text.appendixTitle());
  }

  public void edit(PlanHeader newHeader, Signature newSignature) {
    this.header = Objects.requireNonNull(newHeader);
    this.signature = Objects.requireNonNull(newSignature);
  }

  private static List<String> paragraphs(List<String> raw) {
    return raw.stream().map(Text::clean).filter(s -> s != null && !s.isEmpty()).toList();
  }

  /** Adds a line at the end and numbers it. */
  public PlanLine addLine(PlanLine line) {
    lines.add(line);
    renumber();
    return lines.get(lines.size() - 1);
  }

  /** Removes the line at a 1-based position; the following lines move up. */
  public void removeLine(int position) {
    checkPosition(position);
    lines.remove(position - 1);
    renumber();
  }

  /** Moves a line from one 1-based position to another. */
  public void moveLine(int from, int to) {
    checkPosition(from);
    checkPosition(to);
    lines.add(to - 1, lines.remove(from - 1));
    renumber();
  }

  public void replaceLines(List<PlanLine> newLines) {
    lines.clear();
    lines.addAll(newLines);
    renumber();
  }

  private void checkPosition(int position) {
    if (position < 1 || position > lines.size()) {
      throw new IllegalArgumentException("no line " + position);
    }
  }

  private void renumber() {
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, lines.get(i).at(i + 1));
    }
  }

  /** Everything that keeps this plan from being issued; empty when it can be saved. */
  public List<InputProblem> problems() {
    List<InputProblem> problems = new ArrayList<>();
    requireText(problems, header.authorityUnit(), "authorityUnit");
    requireText(problems, header.place(), "place");
    requireText(problems, header.title(), "title");
    requireText(problems, header.subject(), "subject");
    requireText(problems, signature.title(), "signerTitle");
    for (PlanLine line : lines) {
      PlanRules.check(line, problems);
    }
    PlanBounds.check(this, problems);
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).heading().isEmpty()) {
        problems.add(InputProblem.of(i + 1, "section", "plan.section.heading.blank", i + 1));
      }
    }
    return problems;
  }

  /** Throws {@link InvalidInputException} naming every problem. */
  public void check() {
    List<InputProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void requireText(List<InputProblem> problems, String text, String field) {
    if (text == null || text.isBlank()) {
      problems.add(InputProblem.of(0, field, "plan.field.blank"));
    }
  }

  public PlanText text() {
    return new PlanText(legalBases, opening, sections, closing, recipients, appendixTitle);
  }

  public Long id() {
    return id;
  }

  public long unitId() {
    return unitId;
  }

  public int year() {
    return year;
  }

  public Long assessmentId() {
    return assessmentId;
  }

  public PlanHeader header() {
    return header;
  }

  public List<String> legalBases() {
    return legalBases;
  }

  public List<String> opening() {
    return opening;
  }

  public List<PlanSection> sections() {
    return sections;
  }

  public String closing() {
    return closing;
  }

  public List<String> recipients() {
    return recipients;
  }

  public Signature signature() {
    return signature;
  }

  public String appendixTitle() {
    return appendixTitle;
  }

  public List<PlanLine> lines() {
    return List.copyOf(lines);
  }
}
