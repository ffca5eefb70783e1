package vn.parindex.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page (Vietnamese first, English a click away), with the OpenID Connect providers when
 * configured; after a refusal it shows the user name typed.
 */
@Controller
@Access(open = Access.Open.PUBLIC)
class LoginPage {

  /** A configured OpenID Connect provider: its sign-in link and name. */
  record Provider(String id, String name) {}

  /** Why the page is shown again: a refused sign-in, a lock-out, an unknown e-mail, a sign-out. */
  record Outcome(boolean error, boolean locked, boolean oidc, boolean logout) {

    /** From the query the sign-in's redirect left ({@code /login?error}: a name without value). */
    static Outcome of(HttpServletRequest request) {
      Map<String, String[]> query = request.getParameterMap();
      return new Outcome(
          query.containsKey("error"),
          query.containsKey("locked"),
          query.containsKey("oidc"),
          query.containsKey("logout"));
    }
  }

  private final ObjectProvider<ClientRegistrationRepository> clients;

  LoginPage(ObjectProvider<ClientRegistrationRepository> clients) {
    this.clients = clients;
  }

  @GetMapping("/login")
  String login(Model model, HttpServletRequest request) {
    model.addAttribute("username", LoginName.take(request.getSession(false)));
    model.addAttribute("outcome", Outcome.of(request));
    List<Provider> providers = new ArrayList<>();
    ClientRegistrationRepository repository = clients.getIfAvailable();
    if (repository instanceof Iterable<?> registrations) {
      for (Object r : registrations) {
        ClientRegistration registration = (ClientRegistration) r;
        providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
      }
    }
    model.addAttribute("providers", providers);
    return "account/login";
  }
}
