package vn.parindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;

/**
 * The signed-in user's personal access tokens: create (shown once), list, revoke. A refused token
 * comes back with its name and lifetime as typed and the message beside the field.
 */
@Controller
@Access(open = Access.Open.SIGNED_IN)
class TokenPages {

  private final PersonalTokens tokens;
  private final Accounts accounts;
  private final Messages messages;

  TokenPages(PersonalTokens tokens, Accounts accounts, Messages messages) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping("/account/tokens")
  String list(Model model) {
    return render(model, Form.empty());
  }

  @PostMapping("/account/tokens")
  String create(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String days,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      model.addAttribute("created", tokens.create(accounts.current().id(), name, lifetime(days)));
      return render(model, Form.empty());
    } catch (InvalidInputException e) {
      Form form = Form.of(request.getParameterMap());
      for (InputProblem problem : e.problems()) {
        String text = messages.get(problem.messageKey(), problem.args());
        form =
            problem.column() == null
                ? form.withErrors(java.util.List.of(text))
                : form.withError(problem.column(), text);
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return render(model, form);
    }
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable long id) {
    if (!tokens.revoke(accounts.current().id(), id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/account/tokens";
  }

  /** The lifetime chosen; one that is no number is refused as a lifetime not offered. */
  private static Integer lifetime(String days) {
    if (days == null || days.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(days.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(InputProblem.of(0, "days", "account.token.days.invalid"));
    }
  }

  private String render(Model model, Form form) {
    model.addAttribute("tokens", tokens.list(accounts.current().id()));
    model.addAttribute("lifetimes", PersonalTokens.LIFETIMES);
    model.addAttribute("now", tokens.now());
    model.addAttribute("form", form);
    return "account/tokens";
  }
}
