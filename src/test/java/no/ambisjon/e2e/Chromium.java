package no.ambisjon.e2e;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, for the tests that need a real browser. */
public final class Chromium {

    private Chromium() {
    }

    /** A browser with a profile of its own: a separate person on a separate device. */
    public static ChromeDriver open() throws Exception {
        return open(null);
    }

    /** As {@link #open()}, for a person whose browser asks for pages in {@code language} (e.g. "en-GB"). */
    public static ChromeDriver open(String language) throws Exception {
        var profile = Files.createTempDirectory("ambisjon-chromium");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // The console, where the browser reports what the Content-Security-Policy refused.
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        if (language != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            options.addArguments("--lang=" + language);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }

    /** Signs in through the login form at {@code base} (e.g. {@code http://localhost:8080}). */
    public static void signIn(ChromeDriver browser, String base, String username, String password) {
        browser.get(base + "/login");
        var user = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }
}
