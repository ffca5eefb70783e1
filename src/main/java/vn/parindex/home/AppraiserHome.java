package vn.parindex.home;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.UnitScope;
import vn.parindex.assessment.Assessments;
import vn.parindex.page.Page;
import vn.parindex.plan.Plans;
import vn.parindex.unit.Unit;

/**
 * The appraiser's blocks for the latest index year with scores in their scope (last year when
 * none): the units in scope and how many have a table and a plan, then those still without a table
 * and those with a table but no remediation plan. The scored units are those without units below.
 */
@Component
class AppraiserHome {

  private final UnitScope scope;
  private final Assessments assessments;
  private final Plans plans;

  AppraiserHome(UnitScope scope, Assessments assessments, Plans plans) {
    this.scope = scope;
    this.assessments = assessments;
    this.plans = plans;
  }

  List<Section> sections(CurrentUser user, LocalDate today) {
    List<Unit> units = scope.visibleUnits(user);
    Set<Long> parents = new HashSet<>();
    units.forEach(u -> parents.add(u.parentId()));
    List<Unit> scored =
        units.stream()
            .filter(u -> !parents.contains(u.id()) && u.id() != user.unitId())
            .filter(u -> u.activeOn(today))
            .toList();
    Set<Long> inScope = scored.stream().map(Unit::id).collect(Collectors.toSet());
    List<Assessments.Summary> tables = assessments.listOfUnits(inScope);
    int year =
        tables.stream().mapToInt(Assessments.Summary::year).max().orElse(today.getYear() - 1);
    // The newest table of the year per unit (the list is newest first).
    Map<Long, Assessments.Summary> ofYear =
        tables.stream()
            .filter(a -> a.year() == year)
            .collect(
                Collectors.toMap(Assessments.Summary::unitId, Function.identity(), (a, b) -> a));
    Set<Long> planned = plans.unitsWithPlan(inScope, year + 1);
    List<Section.Item> noTable =
        scored.stream()
            .filter(u -> !ofYear.containsKey(u.id()))
            .map(
                u ->
                    new Section.Item(
                        Label.of(u.name()),
                        "/dashboard?unit=" + Page.param(u.code()),
                        Label.key("home.unit.noTable", String.valueOf(year)),
                        true))
            .toList();
    List<Section.Item> noPlan =
        scored.stream()
            .filter(u -> ofYear.containsKey(u.id()) && !planned.contains(u.id()))
            .map(
                u ->
                    new Section.Item(
                        Label.of(u.name()),
                        "/assessments/" + ofYear.get(u.id()).id(),
                        Label.key("home.unit.noPlan", String.valueOf(year + 1)),
                        true))
            .toList();
    String own =
        units.stream().filter(u -> u.id() == user.unitId()).findFirst().map(Unit::code).orElse("");
    List<Section.Item> summary =
        List.of(
            Section.Item.link(
                Label.key("home.appraiser.count", scored.size(), String.valueOf(year)),
                "/dashboard/province?unit=" + Page.param(own) + "&year=" + year,
                Label.key(
                    "home.appraiser.counts",
                    ofYear.size(),
                    ofYear.keySet().stream().filter(planned::contains).count())));
    return List.of(
        Section.of(
            "scope",
            "home.appraiser.scope",
            "home.appraiser.scope.none",
            scored.isEmpty() ? List.of() : summary,
            new Section.Link("home.action.province", "/dashboard/province"),
            new Section.Link("home.action.rankings", "/rankings")),
        Section.of("noTable", "home.appraiser.noTable", "home.appraiser.noTable.none", noTable),
        Section.of("noPlan", "home.appraiser.noPlan", "home.appraiser.noPlan.none", noPlan));
  }
}
