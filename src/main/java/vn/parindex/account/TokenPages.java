package vn.parindex.account;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.input.InvalidInputException;

/** The signed-in user's personal access tokens: create (shown once), list, revoke. */
@Controller
@Access(open = Access.Open.SIGNED_IN)
class TokenPages {

  private final PersonalTokens tokens;
  private final Accounts accounts;

  TokenPages(PersonalTokens tokens, Accounts accounts) {
    this.tokens = tokens;
    this.accounts = accounts;
  }

  @GetMapping("/account/tokens")
  String list(Model model) {
    return render(model);
  }

  @PostMapping("/account/tokens")
  String create(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) Integer days,
      Model model) {
    try {
      model.addAttribute("created", tokens.create(accounts.current().id(), name, days));
    } catch (InvalidInputException e) {
      model.addAttribute("error", e.problems().get(0).messageKey());
    }
    return render(model);
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable long id) {
    if (!tokens.revoke(accounts.current().id(), id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/account/tokens";
  }

  private String render(Model model) {
    model.addAttribute("tokens", tokens.list(accounts.current().id()));
    model.addAttribute("lifetimes", PersonalTokens.LIFETIMES);
    model.addAttribute("now", tokens.now());
    return "account/tokens";
  }
}
