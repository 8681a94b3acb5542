package no.ambisjon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import no.ambisjon.AppProcess;
import no.ambisjon.PostgresTest;
import no.ambisjon.SignIn;
import no.ambisjon.FormLogin;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestDatabase;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.security.Role;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the application on one PostgreSQL database behind HAProxy with the configuration in
 * {@code deploy/haproxy.cfg}, each node a process of its own, and Chromium as the users. This test's
 * own Spring context only makes the customer and its meeting.
 */
@PostgresTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    /**
     * How long a screen may take to show what another node pushed, with nobody touching it. Generous
     * on purpose: these tests prove that it arrives; how fast is for the benchmarks, not for a busy
     * CI machine running three JVMs and two browsers on two cores.
     */
    private static final Duration PUSHED = Duration.ofSeconds(20);

    private static AppProcess node1;
    private static AppProcess node2;
    private static AppProcess haproxy;
    private static String front;

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    SignIn signIn;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void twoNodesBehindHaproxy() throws Exception {
        // The database has the demo logins (this test's context made them), so the nodes run the demo profile.
        var database = TestDatabase.environment();
        // One after the other: a node in development mode writes the generated frontend files as it starts.
        node1 = AppProcess.node("node1", AppProcess.freePort(), database, "--spring.profiles.active=postgres,demo")
                .awaitReady();
        node2 = AppProcess.node("node2", AppProcess.freePort(), database, "--spring.profiles.active=postgres,demo")
                .awaitReady();
        var port = AppProcess.freePort();
        haproxy = AppProcess.start("haproxy", port, List.of(haproxy(), "-db", "-f", "deploy/haproxy.cfg"), Map.of(
                "AMBISJON_LISTEN", "127.0.0.1:" + port,
                "AMBISJON_NODE1", node1.url().substring("http://".length()),
                "AMBISJON_NODE2", node2.url().substring("http://".length())));
        front = haproxy.awaitAnswer("/actuator/health/readiness", Duration.ofSeconds(30)).url();
    }

    private static String haproxy() {
        return new java.io.File("/usr/sbin/haproxy").canExecute() ? "/usr/sbin/haproxy" : "haproxy";
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (var process : new AppProcess[] {haproxy, node2, node1}) {
            if (process != null) {
                process.close();
            }
        }
    }

    /** A browser that HAProxy sends to {@code node}, as its sticky cookie would after a first visit there. */
    private static ChromeDriver browserOn(String node) throws Exception {
        var browser = Chromium.open();
        browser.get(front + "/actuator/health");
        browser.manage().addCookie(new Cookie("AMBISJON_NODE", node));
        return browser;
    }

    private static WebDriverWait waitOn(ChromeDriver browser, Duration patience) {
        return new WebDriverWait(browser, patience, Duration.ofMillis(50));
    }

    private static void checkIn(ChromeDriver browser, long keyResult, String value) {
        var row = waitOn(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".key-result-row[data-key-result='" + keyResult + "']")));
        row.findElement(By.cssSelector(".check-in-button")).click();
        waitOn(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#check-in-value input")))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
    }

    private static By valueOnPage(long keyResult) {
        return By.cssSelector(".key-result-row[data-key-result='" + keyResult + "'] .key-result-values");
    }

    private static By valueOnSharedScreen(long keyResult) {
        return By.cssSelector(".presentation-row[data-key-result='" + keyResult + "'] .presentation-value");
    }

    private static Pattern startsWith(String digits) {
        return Pattern.compile("^" + digits.replace(" ", "\\s"));
    }

    /** Last: it stops node 2. */
    @Test
    @Order(Integer.MAX_VALUE)
    void a_check_in_on_one_node_shows_on_the_others_screens_and_a_stopped_node_loses_nothing_saved() throws Exception {
        var customer = testCustomers.create();
        var made = okr.objective(customer, 2, 1);
        var first = made.keyResults().get(0).value();
        var second = made.keyResults().get(1).value();
        signIn.as(customer.consultant());
        var meeting = lifecycle.schedule(customer.id(), Instant.now(), List.of(), null);
        lifecycle.start(meeting);
        signIn.out();

        var editor = browserOn("node1");
        var consultant = browserOn("node2");
        try {
            Chromium.signIn(editor, front, customer.editor(), TestCustomers.PASSWORD);
            waitOn(editor, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("customer-name")));
            Chromium.signIn(consultant, front, customer.consultant(), TestCustomers.PASSWORD);
            waitOn(consultant, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
            consultant.get(front + "/meetings/" + meeting.value() + "/present");
            waitOn(consultant, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(valueOnSharedScreen(first)));

            // The editor checks in on node 1; the shared screen on node 2 shows it without a reload.
            checkIn(editor, first, "4242");
            waitOn(editor, Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(valueOnPage(first), startsWith("4 242")));
            waitOn(consultant, PUSHED)
                    .until(ExpectedConditions.textMatches(valueOnSharedScreen(first), startsWith("4 242")));

            // The consultant saves a check-in on node 2; the editor's page on node 1 follows.
            consultant.get(front + "/customers/" + customer.slug());
            checkIn(consultant, second, "3131");
            waitOn(consultant, Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(valueOnPage(second), startsWith("3 131")));
            waitOn(editor, PUSHED).until(ExpectedConditions.textMatches(valueOnPage(second), startsWith("3 131")));
            assertThat(consultant.manage().getCookieNamed("AMBISJON_NODE").getValue()).isEqualTo("node2");
            assertThat(editor.manage().getCookieNamed("AMBISJON_NODE").getValue()).isEqualTo("node1");

            node2.stop();

            // The editor on node 1 goes on as before, signed in.
            checkIn(editor, first, "5353");
            waitOn(editor, Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(valueOnPage(first), startsWith("5 353")));
            editor.navigate().refresh();
            waitOn(editor, Duration.ofSeconds(30)).until(ExpectedConditions.textMatches(valueOnPage(first), startsWith("5 353")));
            assertThat(editor.getCurrentUrl()).doesNotContain("/login");

            // The consultant, whose node stopped, signs in again on node 1 and finds what they saved.
            consultant.get(front + "/customers/" + customer.slug());
            waitOn(consultant, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
            Chromium.signIn(consultant, front, customer.consultant(), TestCustomers.PASSWORD);
            waitOn(consultant, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
            consultant.get(front + "/customers/" + customer.slug());
            waitOn(consultant, Duration.ofSeconds(30)).until(ExpectedConditions.textMatches(valueOnPage(second), startsWith("3 131")));
            assertThat(consultant.manage().getCookieNamed("AMBISJON_NODE").getValue()).isEqualTo("node1");
        } finally {
            editor.quit();
            consultant.quit();
        }
    }

    @Test
    void a_user_deactivated_elsewhere_is_signed_out_on_every_node_at_once() throws Exception {
        var customer = testCustomers.create();
        okr.objective(customer, 1, 1);
        var viewer = browserOn("node2");
        try {
            Chromium.signIn(viewer, front, customer.viewer(), TestCustomers.PASSWORD);
            waitOn(viewer, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("customer-name")));

            // The administrator works on yet another node: this test's own.
            signIn.as(no.ambisjon.demo.DemoData.ADMIN);
            try {
                var user = userAdmin.users().stream().filter(u -> u.username().equals(customer.viewer())).findFirst().orElseThrow();
                userAdmin.update(user.id(), user.version(), UserChange.of(user, Role.CUSTOMER_VIEWER, false));
            } finally {
                signIn.out();
            }

            waitOn(viewer, PUSHED).until(ExpectedConditions.urlContains("/login?ended="));
            viewer.get(front + "/customers/" + customer.slug());
            waitOn(viewer, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
            assertThat(viewer.getPageSource()).doesNotContain(customer.name());
        } finally {
            viewer.quit();
        }
    }

    @Test
    void wrong_passwords_sent_to_both_nodes_at_once_get_no_more_checks_than_to_one() throws Exception {
        var customer = testCustomers.create();
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try (var guesses = Executors.newFixedThreadPool(24)) {
            var sent = IntStream.range(0, 24).mapToObj(i -> guesses.submit(() -> {
                var node = (i % 2 == 0 ? node1 : node2).url();
                // One guesser, as the load balancer names it: the browsers' own address stays untouched.
                return FormLogin.post(client, node, FormLogin.loginPage(client, node), customer.editor(), "gjett-igjen",
                        "X-Forwarded-For", "192.0.2.44");
            })).toList();
            for (var answer : sent) {
                assertThat(answer.get()).contains("/login?error");
            }
        }

        var checked = jdbc.queryForObject("select count(*) from audit_entry where actor = ? and kind = 'LOGIN_FAILED' "
                + "and subject like 'wrong-password%'", Integer.class, customer.editor());
        assertThat(checked).as("passwords checked before the name was locked").isEqualTo(5);
        var locked = jdbc.queryForObject("select count(*) from audit_entry where actor = ? and kind = 'ACCOUNT_LOCKED'",
                Integer.class, customer.editor());
        assertThat(locked).isEqualTo(1);
    }
}
