package vn.parindex.round.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.parindex.account.Access;
import vn.parindex.account.UnitScope;
import vn.parindex.round.AppraiserQueue;
import vn.parindex.round.RoundAccess;

/** The units awaiting the reader's appraisal, soonest due first; empty for anyone else. */
@Controller
@Access(RoundAccess.class)
class AppraiserQueuePage {

  private final AppraiserQueue queue;
  private final UnitScope scope;
  private final Clock clock;

  AppraiserQueuePage(AppraiserQueue queue, UnitScope scope, Clock clock) {
    this.queue = queue;
    this.scope = scope;
    this.clock = clock;
  }

  @GetMapping("/rounds/queue")
  String queue(Model model) {
    model.addAttribute("items", queue.awaiting(scope.user(), LocalDate.now(clock)));
    return "round/web/queue";
  }
}
