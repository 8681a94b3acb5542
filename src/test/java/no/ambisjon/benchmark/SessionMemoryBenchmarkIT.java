package no.ambisjon.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ambisjon.AppProcess;
import no.ambisjon.PostgresTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestDatabase;
import no.ambisjon.demo.DemoData;
import no.ambisjon.e2e.Chromium;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.okr.OkrFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live heap per session of the production jar, as its users make it: N real Chromium sessions on a
 * page, each in a browser of its own, the live heap (after a full collection) before and after,
 * divided by N, and the classes
 * that grew most. Run with {@code mvn -Pproduction,scale verify} (docs/benchmarks.md).
 */
@Tag("scale")
@PostgresTest
class SessionMemoryBenchmarkIT {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 30);
    private static final int WARM_UP = 3;
    /** Longer than the server's keep-alive timeout (server.tomcat.keep-alive-timeout). */
    private static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(20);

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    SignIn signIn;
    @Autowired
    MeetingLifecycleService lifecycle;

    @Test
    void live_heap_per_session_on_the_okr_page_the_overview_and_the_shared_screen() throws Exception {
        var customer = testCustomers.create();
        okr.objective(customer, 10, 3);
        okr.objective(customer, 10, 3);
        signIn.as(customer.consultant());
        var meeting = lifecycle.schedule(customer.id(), Instant.now(), List.of(), null);
        lifecycle.start(meeting);
        signIn.out();
        // The demo's three and this one make four; 26 more make the overview's thirty.
        for (int i = 0; i < 26; i++) {
            okr.objective(testCustomers.create(), 3, 1);
        }

        var port = AppProcess.freePort();
        try (var app = AppProcess.productionJar("memory", port, TestDatabase.environment(),
                "--spring.profiles.active=postgres,demo").awaitReady()) {
            var pages = Map.of(
                    "OKR page, 20 key results", new Page(customer.editor(), TestCustomers.PASSWORD,
                            "customers/" + customer.slug(), ".key-result-row"),
                    "overview, 30 customers", new Page(DemoData.ADMIN, DemoData.PASSWORD, "", ".overview-customer"),
                    "shared screen, 20 key results", new Page(customer.viewer(), TestCustomers.PASSWORD,
                            "meetings/" + meeting.value() + "/present", ".presentation-row"));
            var report = new StringBuilder(String.format("%nLive heap per session, production jar, %d Chromium sessions each%n",
                    SESSIONS));
            for (var name : new String[] {"OKR page, 20 key results", "overview, 30 customers", "shared screen, 20 key results"}) {
                var page = pages.get(name);
                var browsers = new ArrayList<ChromeDriver>();
                try {
                    for (int i = 0; i < WARM_UP; i++) {
                        browsers.add(page.open(port));
                    }
                    Thread.sleep(SETTLE);
                    var before = LiveHeap.of(app.pid());
                    for (int i = 0; i < SESSIONS; i++) {
                        browsers.add(page.open(port));
                    }
                    var loaded = LiveHeap.of(app.pid());
                    // The browsers' spare connections close after the server's keep-alive timeout;
                    // what is left is what a session costs while its user reads the page.
                    Thread.sleep(SETTLE);
                    var after = LiveHeap.of(app.pid());
                    report.append(String.format("%n  %-32s %6.1f KB per session, %6.1f KB right after loading "
                                    + "(live heap %.1f MB -> %.1f MB)%n", name, after.perSessionKb(before, SESSIONS),
                            loaded.perSessionKb(before, SESSIONS), before.bytes() / 1048576.0, after.bytes() / 1048576.0));
                    report.append(String.format("  sessions open: %+d, screens (UIs) open: %+d%n",
                            after.more(before, "com.vaadin.flow.server.VaadinSession"),
                            after.more(before, "com.vaadin.flow.component.UI")));
                    report.append("  grew most, per session:\n").append(after.grownMost(before, SESSIONS, 12));
                } finally {
                    browsers.forEach(ChromeDriver::quit);
                }
            }
            System.out.println(report);
        }
    }

    /** A page as one user opens it: sign in, go to it, wait until it is drawn. */
    private record Page(String username, String password, String route, String drawn) {

        /** In a browser of its own, as each user has; it stays open on the page. */
        ChromeDriver open(int port) throws Exception {
            var browser = Chromium.open();
            var base = "http://127.0.0.1:" + port;
            Chromium.signIn(browser, base, username, password);
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#user-name, .key-result-row")));
            browser.get(base + "/" + route);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(drawn)));
            wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver).executeScript(
                    "return !!window.Vaadin && !document.querySelector('vaadin-connection-indicator[loading]')")));
            assertThat(browser.getCurrentUrl()).doesNotContain("/login");
            return browser;
        }
    }
}
