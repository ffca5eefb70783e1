package vn.parindex.plan;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ranking.UnitRank;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.input.ConflictException;
import vn.parindex.unit.Unit;

/**
 * Plans drafted for many units at once from their published assessments (a round's publication), or
 * for one from the button of its page: the same drafting as "Lập kế hoạch khắc phục", each lost
 * line saying which kind its loss is. An assessment that already has a current plan keeps it and is
 * given no second one. The criteria set is read once and each plan is written in a few batched
 * statements, so a province's 168 plans cost no query per criterion.
 */
@Service
public class PlanDrafts {

  /**
   * One plan to draft: the published assessment, its unit (and parent, naming the peers), the rank
   * and the kinds of loss by criterion code.
   */
  public record Request(
      Assessment assessment,
      Unit unit,
      Optional<Unit> parent,
      Optional<UnitRank> rank,
      Map<String, List<String>> kinds,
      Optional<PlanDrafter.Decision> decision) {

    /** A plan drafted without the decision that published its assessment (cited by dots). */
    public Request(
        Assessment assessment,
        Unit unit,
        Optional<Unit> parent,
        Optional<UnitRank> rank,
        Map<String, List<String>> kinds) {
      this(assessment, unit, parent, rank, kinds, Optional.empty());
    }
  }

  private final Plans plans;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PlanDrafter drafter = new PlanDrafter();

  PlanDrafts(Plans plans, JdbcClient jdbc, AuditLog audit) {
    this.plans = plans;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * Drafts the plans of these assessments (all of one criteria set); returns the plan id of each
   * assessment, new or the current one it already had. A plan drafted meanwhile by someone else
   * ends in {@link ConflictException} and nothing of this call is kept.
   */
  @Transactional
  public Map<Long, Long> draftAll(Actor by, CriteriaSet set, List<Request> requests) {
    Map<Long, Long> existing = current(requests.stream().map(r -> r.assessment().id()).toList());
    List<Plan> drafted = new java.util.ArrayList<>();
    for (Request request : requests) {
      if (!existing.containsKey(request.assessment().id())) {
        drafted.add(draft(set, request));
      }
    }
    List<Plan> saved;
    try {
      // all new plans in a few statements: a province's publication drafts 168 at once
      saved = plans.saveAll(drafted);
    } catch (DuplicateKeyException e) {
      throw new ConflictException(null, List.of(), "plan.version.concurrent");
    }
    Map<Long, Long> savedOf = new HashMap<>();
    List<AuditLog.Record> records = new java.util.ArrayList<>();
    for (Plan plan : saved) {
      savedOf.put(plan.assessmentId(), plan.id());
      records.add(new AuditLog.Record(plan.id(), "created", null, plan.header().title()));
    }
    audit.recordAll(by, PlanService.AUDIT_TYPE, records);
    Map<Long, Long> ids = new LinkedHashMap<>();
    for (Request request : requests) {
      long assessmentId = request.assessment().id();
      Long found = existing.get(assessmentId);
      ids.put(assessmentId, found != null ? found : savedOf.get(assessmentId));
    }
    return ids;
  }

  /** The current plan of each of these assessments that has one (one query per thousand). */
  public Map<Long, Long> current(Collection<Long> assessmentIds) {
    Map<Long, Long> found = new HashMap<>();
    List<Long> all = List.copyOf(assessmentIds);
    for (int i = 0; i < all.size(); i += 1000) {
      List<Long> chunk = all.subList(i, Math.min(all.size(), i + 1000));
      jdbc.sql(
              "select assessment_id, id from plan where current_mark = 1 and assessment_id in ("
                  + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                  + ")")
          .params(List.<Object>copyOf(chunk))
          .query(
              rs -> {
                found.put(rs.getLong(1), rs.getLong(2));
              });
    }
    return found;
  }

  private Plan draft(CriteriaSet set, Request request) {
    return drafter.draft(
        Scorecard.of(set, request.assessment()),
        request.unit(),
        request.parent(),
        request.rank(),
        request.kinds(),
        request.decision());
  }
}
