package vn.parindex.framework;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.input.NotFoundException;

/**
 * Who may see and change which criteria set: a full set is read by everyone; a partial set built
 * from one unit's score table only within that unit's scope (elsewhere it answers 404, and lists
 * leave it out). Administrators and appraisers import sets and change a set's obligations, which
 * apply to every unit of its type.
 */
@Component
public class FrameworkAccess {

  private final CriteriaSets sets;
  private final UnitScope scope;

  FrameworkAccess(CriteriaSets sets, UnitScope scope) {
    this.sets = sets;
    this.scope = scope;
  }

  /** 404 unless the set exists and the user may read it. */
  public void checkRead(long setId) {
    Long owner =
        sets.ownerOf(setId)
            .orElseThrow(() -> new NotFoundException("framework.notfound", setId))
            .unitId();
    if (owner != null && !scope.canSee(owner)) {
      throw new NotFoundException("framework.notfound", setId);
    }
  }

  /** The sets of this list the user may read. */
  public List<CriteriaSets.Summary> visible(List<CriteriaSets.Summary> all) {
    return all.stream()
        .filter(s -> s.ownerUnitId() == null || scope.canSee(s.ownerUnitId()))
        .toList();
  }

  /** 403 unless the user imports criteria sets (administrator, appraiser). */
  public void checkImport() {
    scope.require(Role.ADMIN, Role.APPRAISER);
  }

  /** Changing a set's obligations: readable, and the user imports sets. */
  public void checkObligations(long setId) {
    checkRead(setId);
    checkImport();
  }

  /** Whether the user may change a set's obligations (to offer the button). */
  public boolean mayEditObligations() {
    return scope.has(Role.ADMIN, Role.APPRAISER);
  }
}
