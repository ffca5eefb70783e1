package vn.parindex.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.assessment.ranking.UnitRank;
import vn.parindex.input.DecimalText;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;

/**
 * Drafts a remediation plan from a scored assessment the way the seed document is written: the rank
 * and the points lost, the tasks per responsible body (standard ones plus one per lost criterion),
 * and an appendix line per lost criterion under its area.
 */
public final class PlanDrafter {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final int SECTIONS = 4;

  /**
   * @param parent the unit's parent (names the peers of the rank), if known
   * @param rank the unit's rank, if known: the rank sentence is left out without it
   */
  public Plan draft(Scorecard card, Unit unit, Optional<Unit> parent, Optional<UnitRank> rank) {
    return draft(card, unit, parent, rank, Map.of());
  }

  /**
   * The same, each lost line saying which kinds its loss is ({@code kinds} by criterion code, see
   * {@link PlanLine#lossKinds()}): given while the line is made, not by copying every line after.
   */
  public Plan draft(
      Scorecard card,
      Unit unit,
      Optional<Unit> parent,
      Optional<UnitRank> rank,
      Map<String, List<String>> kinds) {
    return draft(card, unit, parent, rank, kinds, Optional.empty());
  }

  /** The decision that published the assessment, as its legal basis cites it. */
  public record Decision(String number, LocalDate date) {}

  /**
   * The same, citing the decision that published the assessment as its first legal basis, when
   * known (a round's publication); else the citation is left with dots for the officer to fill.
   */
  public Plan draft(
      Scorecard card,
      Unit unit,
      Optional<Unit> parent,
      Optional<UnitRank> rank,
      Map<String, List<String>> kinds,
      Optional<Decision> decision) {
    Assessment assessment = card.assessment();
    int year = assessment.year();
    int planYear = year + 1;
    String label = unit.label();
    String peers = peers(parent);
    PlanHeader header =
        new PlanHeader(
            Wording.get("draft.authority.upper"),
            label.toUpperCase(VI),
            label,
            Wording.get("draft.number"),
            unit.name(),
            new IssueDate(null, 1, planYear),
            Wording.get("draft.title"),
            Wording.get("draft.subject", year));
    List<String> opening = new ArrayList<>();
    rank.map(r -> rankSentence(r, label, year, peers)).ifPresent(opening::add);
    opening.add(Wording.get("draft.opening.loss", label, year, planYear, published(loss(card))));
    List<PlanLine> lines = lines(card, planYear, kinds);
    Plan.PlanText text =
        new Plan.PlanText(
            List.of(
                decision
                    .map(
                        d ->
                            Wording.get(
                                "draft.legal.decision",
                                d.number(),
                                vn.parindex.page.Times.date(d.date()),
                                peers,
                                year))
                    .orElseGet(() -> Wording.get("draft.legal.1", peers, year))),
            opening,
            sections(label, planYear),
            Wording.get("draft.closing", year, planYear),
            Wording.list("draft.recipient"),
            Wording.get("draft.appendix.title", year));
    Signature signature =
        new Signature(Wording.get("draft.signer.authority"), Wording.get("draft.signer.title"), "");
    return new Plan(null, unit.id(), planYear, assessment.id(), header, text, signature, lines);
  }

  private static String rankSentence(UnitRank r, String label, int year, String peers) {
    String change = "";
    if (r.change() != null) {
      String key =
          r.change() > 0
              ? "draft.change.up"
              : r.change() < 0 ? "draft.change.down" : "draft.change.same";
      change = " " + Wording.get(key, Math.abs(r.change()), year - 1);
    }
    return Wording.get("draft.opening.rank", label, year, r.rank() + "/" + r.of(), peers, change);
  }

  private static String peers(Optional<Unit> parent) {
    UnitType type = parent.map(Unit::type).orElse(null);
    if (type == UnitType.DISTRICT || type == UnitType.PROVINCE) {
      return Wording.get("draft.peers." + type.name());
    }
    return Wording.get("draft.peers.OTHER");
  }

  /** The official loss: what the document stated, else the loss by the reported totals. */
  private static BigDecimal loss(Scorecard card) {
    BigDecimal stated = card.assessment().statedLoss();
    return stated != null ? stated : card.loss();
  }

  /** As the Vietnamese document prints it ("6,47"). */
  private static String published(BigDecimal number) {
    return DecimalText.points(number, VI);
  }

  private static List<PlanLine> lines(
      Scorecard card, int planYear, Map<String, List<String>> kinds) {
    // by identity and by code, not by scanning the lost leaves for every node: a province's 168
    // plans are drafted in one publication, and a node's equals compares its whole subtree
    Set<ScoredNode> lost = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> ancestorsOfLost = new HashSet<>();
    for (ScoredNode leaf : card.lostLeaves()) {
      lost.add(leaf);
      String value = code(leaf).value();
      for (int dot = value.indexOf('.'); dot >= 0; dot = value.indexOf('.', dot + 1)) {
        ancestorsOfLost.add(value.substring(0, dot));
      }
    }
    List<PlanLine> lines = new ArrayList<>();
    for (ScoredNode node : card.nodes()) {
      boolean lostLeaf = lost.contains(node);
      boolean heading = !node.leaf() && ancestorsOfLost.contains(code(node).value());
      if (!lostLeaf && !heading) {
        continue;
      }
      String reason = node.entry() == null ? null : node.entry().reason();
      String measure = node.entry() == null ? null : node.entry().measure();
      String note = node.entry() == null ? null : node.entry().note();
      String code = code(node).value();
      // made at its place with its kinds: a line cleans its six texts at every copy
      lines.add(
          new PlanLine(
              lines.size() + 1,
              heading,
              code,
              node.criterion().name(),
              node.max(),
              node.points(),
              reason,
              measure,
              heading ? null : Responsibility.infer(measure).label(),
              heading ? null : Responsibility.deadline(reason, measure, planYear),
              note,
              null,
              heading ? null : PlanLine.lossKind(kinds.get(code))));
    }
    return lines;
  }

  private static vn.parindex.framework.CriterionCode code(ScoredNode node) {
    return node.criterion().code();
  }

  /**
   * The standard tasks of each responsible body. The tasks of the lost criteria are not stored
   * here: the documents print them from the appendix lines, so an edited line shows in both.
   */
  private static List<PlanSection> sections(String label, int planYear) {
    List<PlanSection> sections = new ArrayList<>();
    for (int s = 1; s <= SECTIONS; s++) {
      sections.add(
          new PlanSection(
              Wording.get("draft.section." + s + ".heading"),
              Wording.get("draft.section." + s + ".heading"),
              Wording.list("draft.section." + s + ".item", planYear, label)));
    }
    return sections;
  }
}
