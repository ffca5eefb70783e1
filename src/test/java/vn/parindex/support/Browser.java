package vn.parindex.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium driven by Playwright: the system's browser from {@code
 * PARINDEX_TEST_CHROMIUM} (default {@value #DEFAULT_CHROMIUM}), never a download. Each {@link
 * #newPage()} opens a fresh context (own cookies and storage); the browser itself starts with a
 * fresh temporary profile. A missing browser fails with a message, never a skip.
 */
public final class Browser implements AutoCloseable {

  public static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

  /** Where screenshots go (target/screenshots). */
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private static final List<String> ARGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;

  private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
    this.playwright = playwright;
    this.chromium = chromium;
  }

  /** Starts Chromium; throws with the way to install it when it is not there. */
  public static Browser launch() {
    Path executable = executable();
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(
          "Browser tests are required but no Chromium at "
              + executable
              + ". Run the suite with bin/test (it installs Chromium), or install it"
              + " (apt-get install chromium) and set PARINDEX_TEST_CHROMIUM to its path.");
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      return new Browser(
          playwright,
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(ARGS)));
    } catch (RuntimeException e) {
      playwright.close();
      throw new IllegalStateException("Chromium at " + executable + " did not start", e);
    }
  }

  public static Path executable() {
    String configured = System.getenv("PARINDEX_TEST_CHROMIUM");
    return Paths.get(configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : configured);
  }

  /** A page in a fresh context: no cookies, Vietnamese-speaking by default like our users. */
  public Page newPage() {
    BrowserContext context =
        chromium.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setViewportSize(1280, 900)
                .setAcceptDownloads(true));
    context.setDefaultTimeout(15_000);
    return context.newPage();
  }

  /** Saves a full-page PNG as target/screenshots/{name}.png and returns its path. */
  public static Path screenshot(Page page, String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
