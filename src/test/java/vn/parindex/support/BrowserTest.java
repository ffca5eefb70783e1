package vn.parindex.support;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of browser tests: the app on a random port (profile "test", in-memory H2) and a real
 * Chromium. Each test gets a fresh {@link #page}; {@link #open} goes to a path of the app. Add
 * {@code @ContextConfiguration(initializers = PostgresDatabase.class)} to run it on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

  private static Browser browser;

  @LocalServerPort protected int port;

  protected Page page;

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

  /** Saves the page as target/screenshots/{name}.png. */
  protected Path screenshot(String name) {
    return Browser.screenshot(page, name);
  }
}
