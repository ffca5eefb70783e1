package vn.parindex.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.VersionRequiredException;
import vn.parindex.plan.IssueDate;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanHeader;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSection;
import vn.parindex.plan.Signature;

/**
 * The editor's form, read by hand: header fields by name, paragraphs one per line, sections as
 * {@code section[i].heading|items}, appendix lines as {@code line[k].field} in the order of k.
 */
record PlanForm(Plan plan, List<InputProblem> problems) {

  static final Pattern LINE = Pattern.compile("line\\[(\\d{1,9})]\\.content");
  static final Pattern SECTION = Pattern.compile("section\\[(\\d{1,9})]\\.heading");

  static PlanForm read(Plan stored, Map<String, String[]> params) {
    List<InputProblem> problems = new ArrayList<>();
    Fields f = new Fields(params);
    PlanHeader header =
        new PlanHeader(
            f.get("authorityUpper"),
            f.get("authorityUnit"),
            f.get("unitLabel"),
            f.get("number"),
            f.get("place"),
            issueDate(f, stored.header().issueDate(), problems),
            f.get("title"),
            f.get("subject"));
    List<PlanSection> sections = new ArrayList<>();
    for (int i : indices(params, SECTION)) {
      String p = "section[" + i + "].";
      sections.add(
          new PlanSection(f.get(p + "heading"), f.get(p + "heading"), f.lines(p + "items")));
    }
    Plan.PlanText text =
        new Plan.PlanText(
            f.lines("legalBases"),
            f.lines("opening"),
            sections,
            f.get("closing"),
            f.lines("recipients"),
            f.get("appendixTitle"));
    // the kind of a loss comes from the round it was drafted from, not from the editor
    Map<String, String> kinds = new java.util.HashMap<>();
    stored.lines().stream()
        .filter(l -> l.key() != null && l.lossKind() != null)
        .forEach(l -> kinds.put(l.key(), l.lossKind()));
    List<PlanLine> lines = new ArrayList<>();
    for (int k : indices(params, LINE)) {
      int row = lines.size() + 1;
      String p = "line[" + k + "].";
      lines.add(
          new PlanLine(
              row,
              f.get(p + "area") != null,
              f.get(p + "code"),
              f.get(p + "content"),
              number(f.get(p + "maxPoints"), row, "maxPoints", problems),
              number(f.get(p + "points"), row, "points", problems),
              f.get(p + "reason"),
              f.get(p + "measure"),
              f.get(p + "responsible"),
              date(f.get(p + "deadline"), row, problems),
              f.get(p + "note"),
              f.get(p + "key"),
              f.get(p + "key") == null ? null : kinds.get(f.get(p + "key"))));
    }
    Signature signature =
        new Signature(f.get("signerAuthority"), f.get("signerTitle"), f.get("signerName"));
    Plan plan =
        new Plan(
            stored.id(),
            stored.unitId(),
            stored.year(),
            stored.assessmentId(),
            header,
            text,
            signature,
            lines);
    // the version the editor was drawn from; a form without one is refused (428), never taken as
    // the stored one
    plan.atVersion(VersionRequiredException.parse(f.get("version")));
    problems.addAll(plan.problems());
    return new PlanForm(plan, problems);
  }

  /** The indices k of the names that match (line[k].content), in order. */
  static TreeSet<Integer> indices(Map<String, ?> params, Pattern pattern) {
    TreeSet<Integer> found = new TreeSet<>();
    for (String name : params.keySet()) {
      Matcher m = pattern.matcher(name);
      if (m.matches()) {
        found.add(Integer.valueOf(m.group(1)));
      }
    }
    return found;
  }

  private static IssueDate issueDate(Fields f, IssueDate fallback, List<InputProblem> problems) {
    try {
      Integer day = integer(f.get("issueDay"));
      Integer month = integer(f.get("issueMonth"));
      Integer year = integer(f.get("issueYear"));
      return new IssueDate(day, month, year == null ? fallback.year() : year);
    } catch (IllegalArgumentException e) {
      problems.add(InputProblem.of(0, "issueDay", "plan.issue.date.invalid"));
      return fallback;
    }
  }

  private static Integer integer(String text) {
    return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
  }

  private static BigDecimal number(String text, int row, String field, List<InputProblem> out) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Decimals.parse(text).orElse(null);
    } catch (RuntimeException e) {
      out.add(InputProblem.of(row, field, "plan.field.number.invalid", text));
      return null;
    }
  }

  private static LocalDate date(String text, int row, List<InputProblem> out) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      out.add(InputProblem.of(row, "deadline", "plan.field.date.invalid", text));
      return null;
    }
  }

  /** Request parameters: the first value, or the text split into non-blank lines. */
  private record Fields(Map<String, String[]> params) {
    String get(String name) {
      String[] values = params.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    List<String> lines(String name) {
      String text = get(name);
      return text == null
          ? List.of()
          : Arrays.stream(text.split("\\R")).filter(s -> !s.isBlank()).toList();
    }
  }
}
