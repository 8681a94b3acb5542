package no.ambisjon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.demo.DemoData;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.MeetingMinutesService;
import no.ambisjon.okr.OkrFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every page each role can open, read in Chromium as its reader reads it, including what Vaadin's
 * components write inside their shadow roots and the labels a screen reader speaks: no raw key, no
 * enum name, no ISO timestamp, no decimal separator of the other language, and no word of the
 * other language. The customers are the test's own, their content in words neither list holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageIT {

    private static final Pattern RAW_KEY = Pattern.compile("![a-z][a-z0-9-]*(\\.[a-zA-Z0-9_-]+)+!");
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b");
    private static final Pattern ISO_TIME = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.])\\d+\\.\\d{1,2}(?![\\d.])");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d,])\\d+,\\d{1,2}(?![\\d,])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    /** English words a Norwegian page has no reason to show; Vaadin's defaults among them. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "with", "yes", "today", "cancel",
            "selected", "selection", "items", "save", "close", "sign", "log", "login", "menu", "toggle", "search",
            "loading", "navigation", "drawer", "forecast", "owner", "standing", "meeting", "minutes", "quarter",
            "objective", "objectives", "key", "result", "results", "online", "offline", "connection", "lost",
            "reconnecting", "clear", "next", "previous", "page", "show", "hide", "your", "you", "not", "found",
            "error", "password", "forgot", "username", "required", "date", "time", "month", "week", "anonymous");
    /** Norwegian words an English page has no reason to show. */
    private static final Set<String> NORWEGIAN = Set.of("og", "ikke", "av", "til", "med", "på", "det", "som", "har",
            "ingen", "ennå", "siden", "møte", "møtet", "kvartal", "kvartalet", "lagre", "avbryt", "innsjekking",
            "nøkkelresultater", "mål", "målet", "ansvarlig", "prognose", "referat", "referatet", "tiltak",
            "beslutninger", "deltakere", "kunde", "kunder", "oversikt", "passord", "vis", "skjul", "sist", "dager",
            "fremdrift", "usikker", "rute", "oppfølging", "veileder", "januar", "desember", "mandag", "søndag",
            "dag", "meny", "valgt", "logg", "inn", "ut");

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
    @Autowired
    MeetingMinutesService minutes;

    private record Visit(String who, String path) {
    }

    private record Customer(TestCustomer customer, OkrFixtures.Made made, MeetingId closed, MeetingId running,
                            MeetingId planned) {

        List<String> pagesOfItsPeople() {
            return List.of("customers/" + customer.slug(), "objectives/" + made.objective().value(),
                    "key-results/" + made.keyResult().value(), "customers/" + customer.slug() + "/meetings",
                    "meetings/" + closed.value(), "meetings/" + running.value(), "meetings/" + running.value() + "/present",
                    "meetings/" + planned.value(), "account", "account/password");
        }
    }

    /** A customer with a quarter, a closed meeting with a decision, a running one and a planned one. */
    private Customer customer(Language language) {
        var customer = testCustomers.create(language);
        var made = okr.objective(customer, 2, 2);
        var before = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn.as(customer.consultant());
            var closed = lifecycle.schedule(customer.id(), Instant.parse("2026-11-11T09:00:00Z"), List.of(), null);
            lifecycle.start(closed);
            minutes.decide(closed, "X-42");
            lifecycle.close(closed);
            var running = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), null);
            lifecycle.start(running);
            var planned = lifecycle.schedule(customer.id(), Instant.parse("2026-12-16T09:00:00Z"), List.of(), null);
            return new Customer(customer, made, closed, running, planned);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    @Test
    void every_page_speaks_norwegian_to_a_norwegian_reader() throws Exception {
        var found = new ArrayList<String>();
        var customer = customer(Language.NB);
        walk(Language.NB, customer, found);
        walk(Language.NB, DemoData.ADMIN, no.ambisjon.demo.DemoData.PASSWORD,
                List.of("", "admin/customers", "admin/users", "admin/audit", "admin/outbox", "account"), found);
        walkAnonymously(Language.NB, found);
        assertThat(found).as("English, raw keys or machine values on Norwegian pages").isEmpty();
    }

    @Test
    void every_page_speaks_english_to_an_english_reader() throws Exception {
        var found = new ArrayList<String>();
        walk(Language.EN, customer(Language.EN), found);
        walkAnonymously(Language.EN, found);
        assertThat(found).as("Norwegian, raw keys or machine values on English pages").isEmpty();
    }

    private void walk(Language language, Customer customer, List<String> found) throws Exception {
        var pages = customer.pagesOfItsPeople();
        walk(language, customer.customer().viewer(), TestCustomers.PASSWORD, pages, found);
        walk(language, customer.customer().editor(), TestCustomers.PASSWORD, pages, found);
        var staff = new ArrayList<>(List.of(""));
        staff.addAll(pages);
        walk(language, customer.customer().consultant(), TestCustomers.PASSWORD, staff, found);
        try (var browser = new Browser(language)) {
            // The dialogs: a check-in, and a meeting being planned with its calendar open.
            browser.signIn(customer.customer().editor(), TestCustomers.PASSWORD);
            browser.open("customers/" + customer.customer().slug());
            browser.click(".key-result-row .check-in-button");
            browser.waitFor("#check-in-value");
            browser.read("check-in dialog", found);
            browser.signIn(customer.customer().consultant(), TestCustomers.PASSWORD);
            browser.open("customers/" + customer.customer().slug() + "/meetings");
            browser.click("#schedule-meeting");
            browser.click("vaadin-date-time-picker vaadin-date-picker input");
            browser.waitFor("vaadin-date-time-picker vaadin-date-picker[opened]");
            browser.read("meeting planned, calendar open", found);
        }
    }

    private void walk(Language language, String username, String password, List<String> paths, List<String> found)
            throws Exception {
        try (var browser = new Browser(language)) {
            browser.signIn(username, password);
            for (var path : paths) {
                browser.open(path);
                browser.read(username + " /" + path, found);
            }
        }
    }

    private void walkAnonymously(Language language, List<String> found) throws Exception {
        try (var browser = new Browser(language)) {
            if (language == Language.EN) {
                // A visitor reads bokmål until they choose English on the login page.
                browser.open("login");
                browser.click(".language-switch vaadin-button");
            }
            for (var path : List.of("login", "screen", "login/link?token=gone", "set-password?token=gone",
                    "login/forgot-password")) {
                browser.open(path);
                browser.read("anonymous /" + path, found);
            }
        }
    }

    /** What a page says, in the composed tree (shadow roots too) and in the attributes a screen reader speaks. */
    private static final String TEXTS = """
            const out = [document.title];
            const skip = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'VAADIN-DEV-TOOLS', 'COPILOT-MAIN']);
            const walk = node => {
              if (node.nodeType === Node.TEXT_NODE) {
                const text = node.textContent.trim();
                if (text) out.push(text);
                return;
              }
              if (node.nodeType === Node.ELEMENT_NODE) {
                if (skip.has(node.tagName)) return;
                for (const name of ['aria-label', 'title', 'placeholder']) {
                  const value = node.getAttribute(name);
                  if (value) out.push(value);
                }
                if (node.shadowRoot) walk(node.shadowRoot);
              }
              node.childNodes.forEach(walk);
            };
            walk(document.body);
            return out.join('\\n');
            """;

    private final class Browser implements AutoCloseable {

        private final Language language;
        private final ChromeDriver driver;
        private final WebDriverWait wait;

        Browser(Language language) throws Exception {
            this.language = language;
            this.driver = Chromium.open(language == Language.NB ? "nb-NO" : "en-GB");
            this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        }

        void signIn(String username, String password) {
            driver.manage().deleteAllCookies();
            Chromium.signIn(driver, "http://localhost:" + port, username, password);
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            waitForVaadin();
        }

        void open(String path) {
            driver.get("http://localhost:" + port + "/" + path);
            waitForVaadin();
        }

        void click(String css) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
            waitForVaadin();
        }

        void waitFor(String css) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
            waitForVaadin();
        }

        private void waitForVaadin() {
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                            + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive())")));
        }

        void read(String where, List<String> found) {
            var text = String.valueOf(((JavascriptExecutor) driver).executeScript(TEXTS));
            check(where, text, RAW_KEY, "a raw key", found);
            if (!where.endsWith("/admin/audit")) {
                // The audit log's details are stored as machine text (an enum, an instant) until each
                // change is written as a sentence; every other page is held to it.
                check(where, text, ENUM_NAME, "an enum name", found);
                check(where, text, ISO_TIME, "an ISO date or time", found);
            }
            check(where, text, language == Language.NB ? DECIMAL_POINT : DECIMAL_COMMA, "the other language's decimal", found);
            if (where.endsWith("/screen") || where.endsWith("/admin/outbox")) {
                // A TV waiting for its code says what to do in both languages; the outbox lists each
                // mail in its recipient's language.
                return;
            }
            var foreign = language == Language.NB ? ENGLISH : NORWEGIAN;
            for (var line : text.split("\n")) {
                WORD.matcher(line).results().map(m -> m.group().toLowerCase(Locale.ROOT))
                        .filter(foreign::contains).findFirst()
                        .ifPresent(word -> found.add("%s: «%s» in «%s»".formatted(where, word, line.strip())));
            }
        }

        private void check(String where, String text, Pattern pattern, String what, List<String> found) {
            pattern.matcher(text).results().forEach(m -> found.add("%s: %s «%s»".formatted(where, what, m.group())));
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
