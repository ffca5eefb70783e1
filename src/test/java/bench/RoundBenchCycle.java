package bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;
import vn.parindex.round.RoundActions;

/**
 * The year's cycle of one province through the service layer ({@link RoundActions}: the same access
 * checks, rules, version checks and audit as the pages and API), each step by its person signed in
 * on the calling thread: the round opened by the province's appraiser; every commune's officer
 * self-assesses every leaf with evidence (about a third claim less than the maximum), its chairman
 * submits; round 1 cuts {@value #CUTS} leaves per commune with a note and flags one; the officer
 * explains two cuts with a supplementary document, the chairman submits the explanations; round 2
 * restores the explained ones. Communes are spread over a few threads.
 */
final class RoundBenchCycle {

  static final int CUTS = 4;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final RoundActions actions;
  private final CriteriaSet set;
  private final ExecutorService pool;
  private final int threads;

  RoundBenchCycle(RoundActions actions, CriteriaSet set, ExecutorService pool, int threads) {
    this.actions = actions;
    this.set = set;
    this.pool = pool;
    this.threads = threads;
  }

  static LocalDate day(int month, int day) {
    return LocalDate.of(RoundBenchData.YEAR, month, day);
  }

  long open(RoundBenchData.Province p) {
    return as(
        p.appraiser(),
        day(1, 5),
        by ->
            actions.open(
                RoundBenchData.YEAR,
                p.code(),
                set.id(),
                new RoundActions.Dates(
                    day(1, 10), day(1, 31), day(2, 15), day(2, 28), day(3, 15), day(3, 31)),
                by));
  }

  /** Self-assessment and submission of every commune. */
  void selfAssess(long round, RoundBenchData.Province p) throws Exception {
    LocalDate today = day(1, 20);
    each(
        p,
        c -> {
          Random random = new Random(c.code().hashCode());
          int n = 0;
          for (Criterion leaf : set.leaves()) {
            List<Long> evidence =
                List.of(
                    c.documents().get(n % c.documents().size()),
                    c.documents().get((n + 1) % c.documents().size()));
            RoundActions.SelfEntry entry = entry(leaf, random.nextInt(3) == 0, evidence);
            as(
                c.officer(),
                today,
                by -> {
                  actions.writeSelf(round, c.code(), leaf.code().value(), entry, by, today);
                  return null;
                });
            n++;
          }
          as(
              c.chair(),
              today,
              by ->
                  step(
                      () ->
                          actions.submit(
                              round,
                              c.code(),
                              vn.parindex.round.Submission.plain(true),
                              by,
                              today)));
        });
  }

  /** Round 1 (cuts with notes, one flag), explanations on two cuts, round 2 restoring them. */
  void appraiseRound1AndExplain(long round, RoundBenchData.Province p) throws Exception {
    LocalDate r1 = day(2, 5);
    LocalDate explained = day(2, 20);
    List<Criterion> leaves = set.leaves();
    each(
        p,
        c -> {
          for (int i = 0; i <= CUTS; i++) {
            Criterion leaf = leaves.get(i * 13 % leaves.size());
            boolean cut = i < CUTS;
            BigDecimal points = cut ? BigDecimal.ZERO : leaf.maxPoints();
            as(
                p.appraiser(),
                r1,
                by ->
                    step(
                        () ->
                            actions.appraise(
                                round,
                                c.code(),
                                leaf.code().value(),
                                1,
                                points,
                                cut ? "Chưa có dẫn chứng cụ thể cho tiêu chí này" : null,
                                !cut,
                                null,
                                by,
                                r1)));
          }
          as(p.appraiser(), r1, by -> step(() -> actions.complete(round, c.code(), by, r1)));
          for (int i = 0; i < 2; i++) {
            Criterion leaf = leaves.get(i * 13 % leaves.size());
            as(
                c.officer(),
                explained,
                by ->
                    step(
                        () ->
                            actions.explain(
                                round,
                                c.code(),
                                leaf.code().value(),
                                false,
                                "Đã có văn bản, gửi kèm bản chụp",
                                List.of(c.documents().get(0)),
                                null,
                                by,
                                explained)));
          }
          as(
              c.chair(),
              explained,
              by -> step(() -> actions.submitExplanations(round, c.code(), by, explained)));
        });
  }

  void appraiseRound2(long round, RoundBenchData.Province p) throws Exception {
    LocalDate r2 = day(3, 5);
    List<Criterion> leaves = set.leaves();
    each(
        p,
        c -> {
          for (int i = 0; i < 2; i++) {
            Criterion leaf = leaves.get(i * 13 % leaves.size());
            as(
                p.appraiser(),
                r2,
                by ->
                    step(
                        () ->
                            actions.appraise(
                                round,
                                c.code(),
                                leaf.code().value(),
                                2,
                                leaf.maxPoints(),
                                "Đã giải trình đủ",
                                false,
                                null,
                                by,
                                r2)));
          }
          as(p.appraiser(), r2, by -> step(() -> actions.complete(round, c.code(), by, r2)));
        });
  }

  /** The unit's inputs for a leaf by its rule; {@code short_} claims less than the maximum. */
  private static RoundActions.SelfEntry entry(Criterion leaf, boolean short_, List<Long> evidence) {
    MethodKind kind = leaf.methodOrManual().kind();
    String note = "Đã thực hiện theo kế hoạch";
    return switch (kind) {
      case BINARY ->
          new RoundActions.SelfEntry(
              null, !short_, null, null, null, null, null, note, evidence, null);
      case MANUAL ->
          new RoundActions.SelfEntry(
              short_ ? leaf.maxPoints().divide(BigDecimal.valueOf(2)) : leaf.maxPoints(),
              null,
              null,
              null,
              null,
              null,
              null,
              note,
              evidence,
              null);
      default ->
          new RoundActions.SelfEntry(
              null,
              null,
              null,
              null,
              BigDecimal.valueOf(short_ ? 87 : 120),
              BigDecimal.valueOf(120),
              null,
              note,
              evidence,
              null);
    };
  }

  @FunctionalInterface
  interface Work {
    void run(RoundBenchData.Commune commune) throws Exception;
  }

  /** Runs the work for every commune of the province, spread over the threads. */
  private void each(RoundBenchData.Province p, Work work) throws Exception {
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      running.add(
          pool.submit(
              () -> {
                List<RoundBenchData.Commune> all = p.communes();
                for (int i = thread; i < all.size(); i += threads) {
                  work.run(all.get(i));
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
  }

  private static Void step(Runnable r) {
    r.run();
    return null;
  }

  /** Runs the call as the user signed in on this thread, at 10:00 of that day in Vietnam. */
  static <T> T as(CurrentUser user, LocalDate day, java.util.function.Function<Actor, T> call) {
    AccountPrincipal principal = new AccountPrincipal(user, "{noop}x", true);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      Instant at = day.atTime(10, 0).atZone(VIETNAM).toInstant();
      return call.apply(new Actor(user, at));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
