package vn.parindex.workday;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.account.Actor;
import vn.parindex.input.ConflictException;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.VersionRequiredException;
import vn.parindex.page.Form;

/**
 * The administrator's page of a year's working days (/admin/working-days?year=2026): the holidays
 * the law gives, and the official swaps, added, changed and removed here. A refused post renders
 * the page again with what was typed and the message beside its field (422 bad input, 409 a day
 * already in the table or a row someone changed since it was read).
 */
@Controller
@Access(open = Access.Open.ADMIN)
class WorkingDaysPages {

  private final WorkingDaysPage page;
  private final SwapEditor editor;
  private final Accounts accounts;
  private final Messages messages;
  private final Clock clock;

  WorkingDaysPages(
      WorkingDaysPage page, SwapEditor editor, Accounts accounts, Messages messages, Clock clock) {
    this.page = page;
    this.editor = editor;
    this.accounts = accounts;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/admin/working-days")
  String show(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String saved,
      Model model) {
    model.addAttribute("saved", saved != null);
    return page.render(model, year(year), Form.empty(), null, null);
  }

  @PostMapping("/admin/working-days")
  String add(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String reason,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      SwapInput input = new SwapInput(date, kind, reason);
      Swap swap;
      try {
        swap = editor.add(input, actor());
      } catch (DuplicateKeyException raced) {
        // the same day added at the same instant by another click: now it finds that row
        swap = editor.add(input, actor());
      }
      return "redirect:/admin/working-days?year=" + swap.date().getYear() + "&saved";
    } catch (InvalidInputException | ConflictException e) {
      Form typed = refused(Form.of(request.getParameterMap()), e, "date", response);
      return page.render(model, year(year), typed, null, null);
    }
  }

  @PostMapping("/admin/working-days/{id}")
  String change(
      @PathVariable long id,
      @RequestParam(required = false) String version,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String reason,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    int read = VersionRequiredException.parse(version);
    try {
      Swap swap = editor.change(id, read, new SwapInput(null, kind, reason), actor());
      return "redirect:/admin/working-days?year=" + swap.date().getYear() + "&saved";
    } catch (InvalidInputException | ConflictException e) {
      return again(id, request, response, model, e, "reason");
    }
  }

  @PostMapping("/admin/working-days/{id}/remove")
  String remove(
      @PathVariable long id,
      @RequestParam(required = false) String version,
      @RequestParam(required = false) Integer year,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    int read = VersionRequiredException.parse(version);
    try {
      editor.remove(id, read, actor());
      return "redirect:/admin/working-days?year=" + year(year) + "&saved";
    } catch (ConflictException e) {
      return again(id, request, response, model, e, "reason");
    }
  }

  /** The page again with the row's form as typed, its message beside {@code field}. */
  private String again(
      long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RuntimeException e,
      String field) {
    Form typed = refused(Form.of(request.getParameterMap()), e, field, response);
    var now = page.swap(id);
    int year = now.map(s -> s.date().getYear()).orElse(LocalDate.now(clock).getYear());
    if (now.isPresent() && e instanceof ConflictException) {
      // saving again, having read the message, overwrites the other person's change knowingly
      typed = typed.with("version", now.get().version());
    }
    return page.render(model, year, Form.empty(), id, typed);
  }

  private Form refused(Form typed, RuntimeException e, String field, HttpServletResponse res) {
    if (e instanceof InvalidInputException invalid) {
      res.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      for (InputProblem p : invalid.problems()) {
        typed = typed.withError(p.column(), messages.get(p.messageKey(), p.args()));
      }
      return typed;
    }
    ConflictException conflict = (ConflictException) e;
    res.setStatus(HttpStatus.CONFLICT.value());
    return typed.withError(field, messages.get(conflict.messageKey(), conflict.args()));
  }

  private int year(Integer year) {
    return year == null ? LocalDate.now(clock).getYear() : WorkingDaysPage.checked(year);
  }

  private Actor actor() {
    return Actor.now(accounts.current(), clock);
  }
}
