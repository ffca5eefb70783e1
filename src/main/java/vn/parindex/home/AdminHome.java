package vn.parindex.home;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.parindex.account.AuditLog;
import vn.parindex.account.Users;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.page.Times;
import vn.parindex.unit.Units;

/** The administrator's blocks: users, units and criteria sets at a glance, the latest changes. */
@Component
class AdminHome {

  /** The objects whose changes have a page of their own. */
  private static final Set<String> LINKED = Set.of("TASK", "PLAN", "ASSESSMENT");

  private final Users users;
  private final Units units;
  private final CriteriaSets sets;
  private final AuditLog audit;

  AdminHome(Users users, Units units, CriteriaSets sets, AuditLog audit) {
    this.users = users;
    this.units = units;
    this.sets = sets;
    this.audit = audit;
  }

  List<Section> sections() {
    List<CriteriaSets.Summary> allSets = sets.list();
    List<Section.Item> overview =
        List.of(
            Section.Item.link(Label.key("home.admin.users", users.count()), "/admin/users", null),
            Section.Item.link(Label.key("home.admin.units", units.all().size()), "/units", null),
            Section.Item.link(Label.key("home.admin.sets", allSets.size()), "/frameworks", null));
    List<Section.Item> newest =
        allSets.stream()
            .sorted(
                Comparator.comparingInt(CriteriaSets.Summary::year)
                    .thenComparingInt(CriteriaSets.Summary::version)
                    .reversed())
            .map(
                s ->
                    Section.Item.link(
                        Label.of(s.name()),
                        "/frameworks/" + s.id(),
                        Label.key("home.set.note", String.valueOf(s.year()), s.version())))
            .toList();
    // One line per object, its latest change: a save records each of its fields.
    Set<String> seen = new java.util.HashSet<>();
    List<Section.Item> changes =
        audit.recent(Section.SHOWN * 10).stream()
            .filter(c -> seen.add(c.entityType() + c.entityId()))
            .limit(Section.SHOWN)
            .map(
                c ->
                    Section.Item.link(
                        Label.key(
                            LINKED.contains(c.entityType())
                                ? "home.audit." + c.entityType()
                                : "home.audit.other",
                            String.valueOf(c.entityId())),
                        LINKED.contains(c.entityType()) ? href(c) : null,
                        Label.key(
                            "home.audit.note",
                            c.username(),
                            Times.date(c.at().toLocalDate()),
                            String.format("%tR", c.at()))))
            .toList();
    return List.of(
        Section.of(
            "overview",
            "home.admin.overview",
            "home.admin.overview.none",
            overview,
            new Section.Link("home.action.users", "/admin/users")),
        Section.of(
            "sets",
            "home.admin.newestSets",
            "home.admin.newestSets.none",
            newest,
            new Section.Link("home.action.frameworks", "/frameworks")),
        Section.of("audit", "home.admin.audit", "home.admin.audit.none", changes));
  }

  private static String href(AuditLog.Recent c) {
    String path =
        switch (c.entityType()) {
          case "TASK" -> "/tasks/";
          case "PLAN" -> "/plans/";
          default -> "/assessments/";
        };
    return path + c.entityId();
  }
}
