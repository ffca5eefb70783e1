package vn.parindex.account;

import java.util.ArrayList;
import java.util.List;
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

  private final ObjectProvider<ClientRegistrationRepository> clients;

  LoginPage(ObjectProvider<ClientRegistrationRepository> clients) {
    this.clients = clients;
  }

  @GetMapping("/login")
  String login(Model model, jakarta.servlet.http.HttpServletRequest request) {
    model.addAttribute("username", LoginName.take(request.getSession(false)));
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
