package no.ambisjon.e2e;

import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.okr.OkrFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every page each demo role can reach, found by following the app's own menu and links, fits the
 * screen it is used on: customers' pages a phone (390 x 844, touch), agency staff's pages a 1280 x 800
 * laptop, and the pages a consultant opens in a meeting room (the customer's page, its meetings, a
 * meeting) a phone as well. Fitting means {@link LayoutChecks}: no sideways scrolling, nothing cut
 * off, no text under 12 px, and on a touch screen nothing to tap under 40 px. The main dialogs are
 * opened on a phone too, and closed without saving: the walk only reads the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PagesFitTheScreenIT {

    private record Role(String name, String login) {
        @Override
        public String toString() {
            return name + " (" + login + ")";
        }
    }

    private static final List<Role> CUSTOMER_ROLES = List.of(
            new Role("customer editor", FJELLSPORT_EDITOR),
            new Role("customer viewer", FJELLSPORT_VIEWER),
            new Role("customer editor reading English", BOLGEN_EDITOR));
    private static final List<Role> STAFF_ROLES = List.of(
            new Role("agency admin", ADMIN),
            new Role("consultant", KARI));
    /** Other tests in this JVM add customers of their own; the walk keeps to the demo's. */
    private static final List<String> DEMO_CUSTOMERS = List.of(FJELLSPORT, BOLGEN, OKOGARD);

    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    SignIn signIn;
    @Autowired
    MeetingLifecycleService lifecycle;
    private RouteWalk walk;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Chromium.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void walker() {
        walk = new RouteWalk(browser, "http://localhost:" + port);
    }

    @Test
    void every_page_a_customer_reaches_fits_a_phone_and_so_does_the_menu() {
        var failures = new ArrayList<String>();
        for (var role : CUSTOMER_ROLES) {
            Viewport.PHONE.applyTo(browser, 1);
            var start = walk.signIn(role.login(), PASSWORD);
            var routes = walk.routesFrom(start, onlyDemoCustomers());
            assertThat(routes).as("what %s reaches", role)
                    .anyMatch(route -> route.startsWith("objectives/"))
                    .anyMatch(route -> route.startsWith("key-results/"))
                    .anyMatch(route -> route.matches("customers/[^/?]+/meetings"))
                    .anyMatch(route -> route.startsWith("meetings/"))
                    .contains("account");
            failures.addAll(walk.check(role.toString(), routes, Viewport.PHONE, LayoutChecks.forScreen(Viewport.PHONE)));
            failures.addAll(menuOnAPhone(role, start));
        }
        assertThat(failures).as("what does not fit").isEmpty();
    }

    @Test
    void every_page_agency_staff_reach_fits_a_laptop_and_the_meeting_room_pages_fit_a_phone() {
        var failures = new ArrayList<String>();
        for (var role : STAFF_ROLES) {
            Viewport.LAPTOP.applyTo(browser, 1);
            var start = walk.signIn(role.login(), PASSWORD);
            var routes = walk.routesFrom(start, onlyDemoCustomers());
            assertThat(routes).as("what %s reaches", role)
                    .anyMatch(route -> route.startsWith("customers/"))
                    .anyMatch(route -> route.startsWith("meetings/"))
                    .contains("", "account");
            failures.addAll(walk.check(role.toString(), routes, Viewport.LAPTOP, LayoutChecks.forScreen(Viewport.LAPTOP)));

            Viewport.PHONE.applyTo(browser, 1);
            var inTheMeetingRoom = routes.stream()
                    .filter(route -> route.startsWith("customers/") || route.startsWith("meetings/")).toList();
            failures.addAll(walk.check(role.toString(), inTheMeetingRoom, Viewport.PHONE,
                    LayoutChecks.forScreen(Viewport.PHONE)));
        }
        assertThat(failures).as("what does not fit").isEmpty();
    }

    @Test
    void a_running_meeting_fits_a_phone_for_its_consultant_and_for_the_customer() {
        // The demo has no meeting under way, and the walk may not start one: a customer of the test's own has.
        var customer = testCustomers.create();
        okr.objective(customer, 3, 1);
        signIn.as(customer.consultant());
        var meeting = lifecycle.schedule(customer.id(), Instant.parse("2026-11-25T09:00:00Z"), List.of(), null);
        lifecycle.start(meeting);
        signIn.out();

        var failures = new ArrayList<String>();
        Viewport.PHONE.applyTo(browser, 1);
        for (var login : List.of(customer.consultant(), customer.editor())) {
            walk.signIn(login, TestCustomers.PASSWORD);
            failures.addAll(walk.check(login, List.of("meetings/" + meeting.value()), Viewport.PHONE,
                    LayoutChecks.forScreen(Viewport.PHONE)));
        }
        assertThat(failures).as("what does not fit").isEmpty();
    }

    @Test
    void the_check_in_comment_and_editing_dialogs_fit_a_phone() {
        var role = CUSTOMER_ROLES.getFirst();
        var checks = LayoutChecks.forScreen(Viewport.PHONE);
        var failures = new ArrayList<String>();
        Viewport.PHONE.applyTo(browser, 1);
        var start = walk.signIn(role.login(), PASSWORD);

        failures.addAll(inDialog(role, start, ".key-result-row .check-in-button", "the check-in dialog", checks));
        failures.addAll(inDialog(role, start, "#new-objective", "the new objective dialog", checks));
        failures.addAll(inDialog(role, start, ".key-result-row .edit-key-result", "the key result dialog", checks));

        walk.open(start);
        var keyResult = browser.findElement(By.cssSelector("a.key-result-title")).getDomAttribute("href");
        failures.addAll(inDialog(role, keyResult, "#check-in", "the check-in dialog", checks));
        walk.open(keyResult);
        var comment = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comment-text textarea")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", comment);
        comment.click();
        comment.sendKeys("Et utkast som aldri sendes, langt nok til å bryte over flere linjer på en telefon.");
        failures.addAll(walk.checkHere(role.toString(), "/" + keyResult + " writing a comment", Viewport.PHONE, checks));

        assertThat(failures).as("what does not fit").isEmpty();
    }

    /** Opens the dialog {@code opener} opens on {@code route}, checks the screen, and cancels it. */
    private List<String> inDialog(Role role, String route, String opener, String dialog, List<PageCheck> checks) {
        walk.open(route);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        var button = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(opener)));
        // The page scrolls inside the app's layout, where the driver does not scroll by itself.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cancel")));
        var failures = walk.checkHere(role.toString(), dialog + " on /" + route, Viewport.PHONE, checks);
        browser.findElement(By.id("cancel")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("vaadin-dialog[opened]"), 0));
        return failures;
    }

    /** The menu a phone opens from the top bar: the navigation, who is signed in, the language. */
    private List<String> menuOnAPhone(Role role, String start) {
        walk.open(start);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-drawer-toggle"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        return walk.checkHere(role.toString(), "the menu on /" + start, Viewport.PHONE,
                LayoutChecks.forScreen(Viewport.PHONE));
    }

    private static Predicate<String> onlyDemoCustomers() {
        return route -> !route.startsWith("customers/") || DEMO_CUSTOMERS.stream()
                .anyMatch(slug -> route.matches("customers/" + slug + "([/?].*)?"));
    }
}
