package vn.parindex.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.page.Times;

/** The home page: what the signed-in person must do now, in a block per role they hold. */
@Controller
@Access(open = Access.Open.SIGNED_IN)
class HomePage {

  private final Accounts accounts;
  private final OfficerHome officer;
  private final LeaderHome leader;
  private final OfficialHome official;
  private final SupervisorHome supervisor;
  private final AppraiserHome appraiser;
  private final AdminHome admin;
  private final RoundHome rounds;
  private final Clock clock;

  HomePage(
      Accounts accounts,
      OfficerHome officer,
      LeaderHome leader,
      OfficialHome official,
      SupervisorHome supervisor,
      AppraiserHome appraiser,
      AdminHome admin,
      RoundHome rounds,
      Clock clock) {
    this.rounds = rounds;
    this.clock = clock;
    this.accounts = accounts;
    this.officer = officer;
    this.leader = leader;
    this.official = official;
    this.supervisor = supervisor;
    this.appraiser = appraiser;
    this.admin = admin;
  }

  @GetMapping("/")
  String home(Model model) {
    CurrentUser user = accounts.current();
    LocalDate today = LocalDate.now(clock);
    List<Section> sections = new ArrayList<>();
    if (user.hasAny(Role.PAR_OFFICER, Role.LEADER, Role.DEPARTMENT_OFFICIAL)) {
      sections.addAll(rounds.commune(user, today));
    }
    if (user.has(Role.LEADER)) {
      sections.addAll(rounds.chair(user));
    }
    if (user.has(Role.PAR_OFFICER)) {
      sections.addAll(officer.sections(user, today));
    }
    if (user.has(Role.LEADER)) {
      sections.addAll(leader.sections(user, today));
    }
    if (user.has(Role.DEPARTMENT_OFFICIAL)) {
      sections.addAll(official.sections(user, today));
    }
    if (user.has(Role.SUPERVISOR)) {
      sections.addAll(supervisor.sections(user, today));
    }
    if (user.has(Role.APPRAISER)) {
      sections.addAll(rounds.appraiser(user, today));
      sections.addAll(appraiser.sections(user, today));
    }
    if (user.has(Role.ADMIN)) {
      sections.addAll(admin.sections());
    }
    model.addAttribute("home", new Home(user.displayName(), Times.date(today), sections));
    return "home/home";
  }
}
