package vn.parindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Unit scope and roles for the pages and API of units, assessments, results, rankings and plans,
 * decided from the URL before the controller runs. The unit comes from the id in the path (an
 * assessment, a plan, a unit code) or from a parameter (unit, parent, assessment). Out of scope or
 * unknown answers 404, revealing nothing; in scope without the role to write answers 403.
 */
@Component
class ScopeGuard implements HandlerInterceptor {

  static final Role[] SCORE_WRITERS = {Role.ADMIN, Role.PAR_OFFICER, Role.APPRAISER};
  static final Role[] PLAN_WRITERS = {Role.ADMIN, Role.PAR_OFFICER};
  static final Role[] UNIT_WRITERS = {Role.ADMIN, Role.APPRAISER};

  private static final AntPathMatcher PATHS = new AntPathMatcher();

  private final JdbcClient jdbc;
  private final UnitScope scope;
  private final Accounts accounts;

  ScopeGuard(JdbcClient jdbc, UnitScope scope, Accounts accounts) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.accounts = accounts;
  }

  /** Refused: 404 (out of scope or unknown) or 403 (no role to write). */
  static final class Refused extends RuntimeException {
    final int status;

    Refused(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h)
      throws Exception {
    if (accounts.currentIfAny().isEmpty()) {
      return true;
    }
    try {
      check(request);
      return true;
    } catch (Refused refused) {
      response.sendError(refused.status);
      return false;
    }
  }

  private void check(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    String id = match(path, "/assessments/{id}", "/api/v1/assessments/{id}");
    if (isNumber(id)) {
      guard(unitOf("assessment", id), write, SCORE_WRITERS);
      return;
    }
    id = match(path, "/plans/{id}", "/api/v1/plans/{id}");
    if (isNumber(id)) {
      guard(unitOf("plan", id), write, PLAN_WRITERS);
      return;
    }
    if (write && List.of("/plans/draft", "/api/v1/plans").contains(path)) {
      String assessment = request.getParameter("assessment");
      guard(isNumber(assessment) ? unitOf("assessment", assessment) : null, true, PLAN_WRITERS);
      return;
    }
    if (List.of("/assessments/upload", "/api/v1/assessments/import").contains(path) && write) {
      uploading(request);
      return;
    }
    if ("/api/v1/assessments".equals(path) && request.getParameter("unit") != null) {
      guard(unitByCode(request.getParameter("unit")), false, SCORE_WRITERS);
      return;
    }
    if (List.of("/rankings", "/api/v1/rankings").contains(path)) {
      String parent = request.getParameter("parent");
      if (parent != null && !rankingVisible(unitByCode(parent))) {
        throw new Refused(404);
      }
      return;
    }
    if (List.of("/rankings/import", "/api/v1/results/import").contains(path) && write) {
      guard(unitByCode(request.getParameter("parent")), true, UNIT_WRITERS);
      return;
    }
    units(request, path, write);
    if (write && List.of("/frameworks", "/api/v1/frameworks").contains(path)) {
      require(UNIT_WRITERS);
    }
    if (match(path, "/frameworks/{id}/obligations") != null) {
      // A set's obligations apply to every unit of its type: changed by those who import sets.
      require(UNIT_WRITERS);
    }
  }

  private void units(HttpServletRequest request, String path, boolean write) {
    String code = match(path, "/api/v1/units/{code}");
    if (code != null) {
      // Departments of a unit carry their own role rules (officer, leader); here only the scope.
      boolean ownRules = path.endsWith("/departments");
      guard(unitByCode(code), write && !ownRules, UNIT_WRITERS);
    } else if (("/units".equals(path) || "/api/v1/units".equals(path)) && write) {
      String parent = request.getParameter("parentCode");
      Long parentId = parent == null || parent.isBlank() ? null : unitByCode(parent.trim());
      if (parentId != null) {
        guard(parentId, true, UNIT_WRITERS);
      } else {
        require("/units".equals(path) ? new Role[] {Role.ADMIN} : UNIT_WRITERS);
      }
    } else if ("/api/v1/units".equals(path) && request.getParameter("parent") != null) {
      String parent = request.getParameter("parent");
      if (!parent.isBlank()) {
        guard(unitByCode(parent), false, UNIT_WRITERS);
      }
    }
  }

  private void uploading(HttpServletRequest request) {
    String newCode = request.getParameter("newCode");
    if (newCode != null && !newCode.isBlank()) {
      String parent = request.getParameter("newParent");
      if (isNumber(parent)) {
        guard(Long.valueOf(parent), true, UNIT_WRITERS);
      } else {
        require(Role.ADMIN);
      }
      return;
    }
    String unit = request.getParameter("unit");
    if (unit != null && !unit.isBlank()) {
      Long unitId = unitByCode(unit.trim());
      if (unitId != null) {
        guard(unitId, true, SCORE_WRITERS);
        return;
      }
    }
    require(SCORE_WRITERS);
  }

  private void guard(Long unitId, boolean write, Role... writers) {
    if (unitId == null || !scope.canSee(unitId)) {
      throw new Refused(404);
    }
    if (write) {
      require(writers);
    }
  }

  private void require(Role... roles) {
    if (!accounts.current().hasAny(roles)) {
      throw new Refused(403);
    }
  }

  /** A ranking among the children of a parent: in scope, or the parent of the user's own unit. */
  private boolean rankingVisible(Long parentId) {
    if (parentId == null) {
      return false;
    }
    if (scope.canSee(parentId)) {
      return true;
    }
    Optional<Long> ownParent =
        jdbc.sql("select parent_id from unit where id = ?")
            .param(accounts.current().unitId())
            .query((rs, n) -> (Long) rs.getObject(1, Long.class))
            .optional();
    return ownParent.filter(parentId::equals).isPresent();
  }

  private Long unitOf(String table, String id) {
    return jdbc.sql("select unit_id from " + table + " where id = ?")
        .param(Long.parseLong(id))
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  private Long unitByCode(String code) {
    if (code == null) {
      return null;
    }
    return jdbc.sql("select id from unit where code = ?")
        .param(code)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  /** The first variable of the first pattern matching the path or a path below it. */
  private static String match(String path, String... patterns) {
    for (String pattern : patterns) {
      for (String p : List.of(pattern, pattern + "/**")) {
        if (PATHS.match(p, path)) {
          return PATHS.extractUriTemplateVariables(p, path).values().iterator().next();
        }
      }
    }
    return null;
  }

  private static boolean isNumber(String text) {
    return text != null
        && !text.isEmpty()
        && text.length() < 19
        && text.chars().allMatch(Character::isDigit);
  }
}
