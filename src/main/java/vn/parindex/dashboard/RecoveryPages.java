package vn.parindex.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.parindex.account.Access;
import vn.parindex.plan.PlanAccess;

/** Next year, each plan line shows the points its criterion recovered. */
@Controller
@Access(PlanAccess.class)
class RecoveryPages {

  private final PlanRecovery recovery;
  private final MessageSource messages;
  private final PlanAccess plans;

  RecoveryPages(PlanRecovery recovery, MessageSource messages, PlanAccess plans) {
    this.plans = plans;
    this.recovery = recovery;
    this.messages = messages;
  }

  @GetMapping("/plans/{id}/recovery")
  String page(@PathVariable long id, Model model) {
    model.addAttribute("r", report(id));
    return "dashboard/recovery";
  }

  @GetMapping("/plans/{id}/recovery.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    return ListDownload.of(export(report(id)), "xlsx");
  }

  @GetMapping("/plans/{id}/recovery.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id) {
    return ListDownload.of(export(report(id)), "csv");
  }

  private ListExport export(PlanRecovery.Report r) {
    List<List<Object>> rows = new ArrayList<>();
    for (Recovery.Result l : r.lines()) {
      rows.add(
          Arrays.asList(
              l.code(),
              l.content(),
              l.before(),
              l.nextCode(),
              l.after(),
              l.recovered(),
              text("dashboard.recovery." + l.status().name())));
    }
    return new ListExport(
        text("dashboard.recovery.title") + " " + r.unitName() + " " + r.planYear(),
        List.of(
            text("dashboard.col.code"),
            text("dashboard.col.criterion"),
            text("dashboard.recovery.before", r.planYear() - 1),
            text("dashboard.recovery.nextcode", r.planYear()),
            text("dashboard.recovery.after", r.planYear()),
            text("dashboard.recovery.recovered"),
            text("dashboard.recovery.status")),
        rows);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  PlanRecovery.Report report(long id) {
    plans.checkRead(id);
    return recovery.of(id);
  }
}
