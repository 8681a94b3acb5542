package no.ambisjon.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import no.ambisjon.AppProcess;
import no.ambisjon.PostgresTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestDatabase;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.ui.RowButtons;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many users at once against the production jar, each a {@link VaadinUser} speaking Vaadin's
 * protocol: sign in, open the customer's page, check in, open the triad meeting's shared screen,
 * and keep the session alive with heartbeats. Prints p50/p95/p99 per action, the errors, and the
 * live heap per session with all of them signed in. Run with {@code mvn -Pproduction,scale verify}
 * (docs/benchmarks.md); {@code -Dbenchmark.users}, {@code -Dbenchmark.ramp-seconds},
 * {@code -Dbenchmark.hold-seconds} change the run.
 */
@Tag("scale")
@PostgresTest
class LoadBenchmarkIT {

    private static final int USERS = Integer.getInteger("benchmark.users", 500);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("benchmark.ramp-seconds", 120));
    private static final Duration HOLD = Duration.ofSeconds(Integer.getInteger("benchmark.hold-seconds", 60));
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);
    private static final List<String> ACTIONS = List.of("sign in", "open customer page", "check in",
            "open shared screen", "heartbeat");

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    SignIn signIn;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    JdbcTemplate jdbc;

    /** Two users of one customer: its editor and its consultant, both of whom check in. */
    private record User(String username, String slug, MeetingId meeting) {
    }

    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger checkedIn = new AtomicInteger();

    @Test
    void users_sign_in_check_in_and_watch_the_shared_screen_at_once() throws Exception {
        var users = customersAndTheirUsers();
        var checkInsBefore = jdbc.queryForObject("select count(*) from check_in", Long.class);

        var port = AppProcess.freePort();
        try (var app = AppProcess.productionJar("load", port, TestDatabase.environment(),
                "--spring.profiles.active=postgres,demo").awaitReady()) {
            warmUp(app.url(), users.subList(0, 2));
            var before = LiveHeap.of(app.pid());
            var http = browsers();
            var start = System.nanoTime();
            var allIn = start + RAMP.toNanos();
            var end = allIn + HOLD.toNanos();
            LiveHeap during;
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < users.size(); i++) {
                    var user = users.get(i);
                    var startAt = start + RAMP.toNanos() * i / users.size();
                    threads.submit(() -> run(new VaadinUser(http, app.url()), user, startAt, end));
                }
                sleepUntil(allIn + HOLD.toNanos() / 3);
                during = LiveHeap.of(app.pid());
            }
            print(users.size(), before, during);
        }
        var saved = jdbc.queryForObject("select count(*) from check_in", Long.class) - checkInsBefore;
        assertThat(saved).as("check-ins saved").isEqualTo(checkedIn.get());
        assertThat(errors).as("errors; first: %s", firstErrors).isEmpty();
    }

    private void run(VaadinUser browser, User user, long startAt, long end) {
        try {
            sleepUntil(startAt);
            time("sign in", () -> browser.signIn(user.username(), TestCustomers.PASSWORD));
            time("open customer page", () -> browser.open("customers/" + user.slug()));
            time("check in", () -> checkIn(browser));
            time("open shared screen", () -> {
                browser.open("meetings/" + user.meeting().value() + "/present");
                browser.byClass("presentation-row");
            });
            while (System.nanoTime() + HEARTBEAT.toNanos() < end) {
                Thread.sleep(HEARTBEAT);
                time("heartbeat", browser::heartbeat);
            }
        } catch (Exception stopped) {
            // Recorded by time(): the user stops, as a person would at an error.
        }
    }

    private void checkIn(VaadinUser browser) throws Exception {
        // The row's buttons are markup: the browser reports a click on the row's tools, and which button.
        browser.fire(browser.byClass("key-result-tools"), "click", Map.of(RowButtons.CLICKED, RowButtons.CHECK_IN));
        browser.type(browser.byId("check-in-value"), String.valueOf(150 + checkedIn.get() % 50));
        browser.click(browser.byId("save"));
        var saved = browser.added().stream().anyMatch(e -> "vaadin-notification".equals(e.tag));
        if (!saved) {
            throw new VaadinUser.ProtocolException("the check-in was not confirmed");
        }
        checkedIn.incrementAndGet();
    }

    private interface Action {
        void run() throws Exception;
    }

    private void time(String action, Action work) throws Exception {
        var started = System.nanoTime();
        try {
            work.run();
            timings.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - started);
        } catch (Exception e) {
            errors.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
            if (firstErrors.size() < 5) {
                firstErrors.add(action + ": " + e);
            }
            throw e;
        }
    }

    /** A few users first, so that the figures are of a server that has been up for a while. */
    private void warmUp(String base, List<User> some) throws Exception {
        var http = browsers();
        for (int round = 0; round < 5; round++) {
            for (var user : some) {
                var browser = new VaadinUser(http, base);
                browser.signIn(user.username(), TestCustomers.PASSWORD);
                browser.open("customers/" + user.slug());
                browser.open("meetings/" + user.meeting().value() + "/present");
            }
        }
    }

    /** What the users' requests go through: HTTP/1.1 as a browser speaks it, redirects seen, not followed. */
    private static HttpClient browsers() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Half as many customers as users, each with a running triad meeting; every user their own login. */
    private List<User> customersAndTheirUsers() throws Exception {
        var users = new ConcurrentLinkedQueue<User>();
        var made = new AtomicInteger();
        try (var setup = Executors.newFixedThreadPool(2)) {
            var jobs = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < (USERS + 1) / 2; i++) {
                jobs.add(setup.submit(() -> {
                    var customer = testCustomers.create();
                    okr.objective(customer, 3, 1);
                    signIn.as(customer.consultant());
                    try {
                        var meeting = lifecycle.schedule(customer.id(), Instant.now(), List.of(), null);
                        lifecycle.start(meeting);
                        users.add(new User(customer.editor(), customer.slug(), meeting));
                        users.add(new User(customer.consultant(), customer.slug(), meeting));
                    } finally {
                        signIn.out();
                    }
                    if (made.incrementAndGet() % 50 == 0) {
                        System.out.println("load benchmark: " + made.get() + " customers made");
                    }
                    return null;
                }));
            }
            for (var job : jobs) {
                job.get();
            }
        }
        return List.copyOf(users).subList(0, USERS);
    }

    private void print(int sessions, LiveHeap before, LiveHeap during) {
        var report = new StringBuilder(String.format("%nLoad: %d users over %d s, held %d s, production jar%n",
                sessions, RAMP.toSeconds(), HOLD.toSeconds()));
        report.append(String.format("  %-20s %7s %7s %8s %8s %8s %8s%n", "action", "count", "errors", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        for (var action : ACTIONS) {
            var sorted = new ArrayList<>(timings.getOrDefault(action, new ConcurrentLinkedQueue<>()));
            sorted.sort(null);
            report.append(String.format("  %-20s %7d %7d %8.0f %8.0f %8.0f %8.0f%n", action, sorted.size(),
                    errors.getOrDefault(action, new AtomicInteger()).get(), ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), ms(sorted, 1.0)));
        }
        report.append(String.format("  live heap with every user on the shared screen: %.1f MB -> %.1f MB, %.1f KB per session%n",
                before.bytes() / 1048576.0, during.bytes() / 1048576.0, during.perSessionKb(before, sessions)));
        report.append(String.format("  sessions open: %+d, screens (UIs) open: %+d%n",
                during.more(before, "com.vaadin.flow.server.VaadinSession"),
                during.more(before, "com.vaadin.flow.component.UI")));
        report.append("  grew most, per session:\n").append(during.grownMost(before, sessions, 10));
        if (!firstErrors.isEmpty()) {
            report.append("  first errors: ").append(firstErrors).append('\n');
        }
        System.out.println(report);
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        var index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1)) / 1e6;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        var wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
    }
}
