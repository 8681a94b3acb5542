package no.ambisjon.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import no.ambisjon.demo.DemoData;
import no.ambisjon.okr.ui.RowButtons;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The demo app as a newcomer runs it, for hours: started elsewhere with README's first command,
 * it is signed in to and checked in on every ten minutes by the demo's customer editor, each time
 * in a new session, as a person coming back to it would. Prints a line per round and fails when a
 * check-in is not saved. {@code mvn -Psoak test} against {@code http://localhost:8080};
 * {@code -Dsoak.url}, {@code -Dsoak.minutes} (120) and {@code -Dsoak.every-minutes} (10) change it.
 */
@Tag("soak")
class DemoSoakTest {

    private static final String URL = System.getProperty("soak.url", "http://localhost:8080");
    private static final Duration LENGTH = Duration.ofMinutes(Integer.getInteger("soak.minutes", 120));
    private static final Duration EVERY = Duration.ofMinutes(Integer.getInteger("soak.every-minutes", 10));

    @Test
    void the_demo_saves_a_check_in_every_ten_minutes_for_two_hours() throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var start = Instant.now();
        var failures = 0;
        var rounds = 0;
        System.out.printf("soak: %s, a check-in every %d min for %d min%n", URL, EVERY.toMinutes(), LENGTH.toMinutes());
        for (var due = start; !due.isAfter(start.plus(LENGTH)); due = due.plus(EVERY)) {
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
            var began = System.nanoTime();
            String outcome;
            try {
                outcome = checkIn(new VaadinUser(http, URL), 100 + rounds);
            } catch (Exception e) {
                outcome = "error: " + e.getMessage();
            }
            var ms = (System.nanoTime() - began) / 1_000_000;
            rounds++;
            if (!outcome.equals("saved")) {
                failures++;
            }
            System.out.printf("soak: %s  +%3d min  %-7s %5d ms%n", LocalTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS),
                    Duration.between(start, Instant.now()).toMinutes(), outcome, ms);
        }
        System.out.printf("soak: %d rounds, %d saved, %d failed%n", rounds, rounds - failures, failures);
        assertThat(failures).as("check-ins not saved").isZero();
    }

    /** Signs in as the demo's customer editor, opens Fjellsport's page and checks in on its first key result with a number. */
    private static String checkIn(VaadinUser browser, int value) throws Exception {
        browser.signIn(DemoData.FJELLSPORT_EDITOR, DemoData.PASSWORD);
        browser.open("customers/" + DemoData.FJELLSPORT);
        var rows = browser.all(e -> e.hasClass("key-result-tools"));
        for (var row : rows) {
            browser.fire(row, "click", Map.of(RowButtons.CLICKED, RowButtons.CHECK_IN));
            if (browser.find(e -> "check-in-value".equals(e.attributes.get("id"))).isPresent()) {
                break;
            }
            browser.click(browser.byId("cancel"));
        }
        browser.type(browser.byId("check-in-value"), String.valueOf(value));
        browser.click(browser.byId("save"));
        var notices = browser.added().stream().filter(e -> "vaadin-notification".equals(e.tag)).toList();
        if (notices.stream().anyMatch(e -> e.attributes.getOrDefault("theme", "").contains("success"))) {
            return "saved";
        }
        return notices.isEmpty() ? "no answer" : "refused";
    }
}
