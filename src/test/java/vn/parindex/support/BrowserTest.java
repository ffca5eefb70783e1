package vn.parindex.support;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Base of browser tests: the app on a random port (profile "test", in-memory H2) and a real
 * Chromium. Each test gets a fresh {@link #page}; {@link #open} goes to a path of the app. Add
 * {@code @ContextConfiguration(initializers = PostgresDatabase.class)} to run it on PostgreSQL.
 * Each page starts signed in through the real login form as {@value #ADMIN} (an administrator on
 * the unit {@value #ADMIN_UNIT}, created when missing); override {@link #signInAs()} to return
 * another user name and password, or null to start signed out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

  private static Browser browser;

  @LocalServerPort protected int port;

  protected Page page;

  public static final String ADMIN = "browser.admin";
  public static final String ADMIN_UNIT = "TEST-HQ";
  public static final String PASSWORD = "browser-secret";

  @Autowired private Users users;
  @Autowired private Units units;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.launch();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void openPage() {
    page = browser.newPage();
    String[] account = signInAs();
    if (account != null) {
      signIn(account[0], account[1]);
    }
  }

  /** User name and password to sign in with before each test; null for none. */
  protected String[] signInAs() {
    if (!users.exists(ADMIN)) {
      Unit hq =
          units
              .findByCode(ADMIN_UNIT)
              .orElseGet(
                  () ->
                      units.save(
                          new Unit(
                              null,
                              ADMIN_UNIT,
                              "Đơn vị quản trị thử nghiệm",
                              UnitType.PROVINCE,
                              null,
                              null,
                              null,
                              false)));
      Accounts.create(users, ADMIN, PASSWORD, hq.id(), Role.ADMIN);
    }
    return new String[] {ADMIN, PASSWORD};
  }

  /** Signs in through the login form and waits to leave it. */
  protected void signIn(String username, String password) {
    page.navigate(url("/login"));
    page.locator("#username").fill(username);
    page.locator("#password").fill(password);
    page.waitForNavigation(() -> page.locator("form button[type=submit]").click());
    if (page.url().contains("/login")) {
      throw new IllegalStateException(
          "sign-in as "
              + username
              + " refused: "
              + page.url()
              + " "
              + page.locator("main").innerText());
    }
  }

  @AfterEach
  void closePage() {
    if (page != null) {
      page.context().close();
    }
  }

  /** The absolute URL of a path of the running app ("/" → http://localhost:port/). */
  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Navigates the page to a path of the app. */
  protected Page open(String path) {
    page.navigate(url(path));
    return page;
  }

  /** How wide the page is laid out, in CSS pixels (more than the window: it scrolls sideways). */
  protected int pageWidth() {
    return ((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue();
  }

  /** Fails unless the page is laid out within this width (a phone's 390 px: no sideways scroll). */
  protected void fitsWithin(int width) {
    org.assertj.core.api.Assertions.assertThat(pageWidth())
        .as(page.url())
        .isLessThanOrEqualTo(width);
  }

  /** Saves the page as target/screenshots/{name}.png. */
  protected Path screenshot(String name) {
    return Browser.screenshot(page, name);
  }
}
