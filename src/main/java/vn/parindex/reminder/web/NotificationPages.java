package vn.parindex.reminder.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.account.CurrentUser;
import vn.parindex.reminder.Notifications;

/** The user's notifications page and the bell's unread count. */
@Controller
@Access(open = Access.Open.SIGNED_IN)
class NotificationPages {

  private final Notifications notifications;
  private final Accounts accounts;

  NotificationPages(Notifications notifications, Accounts accounts) {
    this.notifications = notifications;
    this.accounts = accounts;
  }

  @GetMapping("/notifications")
  String list(Model model) {
    CurrentUser user = accounts.current();
    model.addAttribute("items", notifications.latest(user.id(), 200));
    model.addAttribute("unread", notifications.unreadCount(user.id()));
    return "reminder/web/notifications";
  }

  /** The bell's badge (htmx); empty when nobody is signed in or nothing is unread. */
  @GetMapping("/notifications/badge")
  String badge(Model model) {
    model.addAttribute(
        "count", accounts.currentIfAny().map(u -> notifications.unreadCount(u.id())).orElse(0));
    return "reminder/web/badge";
  }

  @PostMapping("/notifications/{id}/read")
  String read(@PathVariable long id) {
    notifications.markRead(id, accounts.current().id());
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/read-all")
  String readAll() {
    notifications.markAllRead(accounts.current().id());
    return "redirect:/notifications";
  }
}
