package no.ambisjon.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import no.ambisjon.Application;
import no.ambisjon.benchmark.VaadinUser;
import no.ambisjon.demo.DemoData;
import no.ambisjon.okr.ui.RowButtons;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Requests from a page that no page sends, as a client of one's own making sends them, to the
 * application over HTTP: each is answered 400 Bad Request and leaves one line in the log, at WARN and
 * without a stack trace, however much it carries. A real failure of a real click is still shown with
 * a code, and logged in full under it once per request.
 */
@ExtendWith(OutputCaptureExtension.class)
class ForgedRequestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$/]+");
    private static final Pattern WARNING_OR_WORSE = Pattern.compile("(?m)^\\S+\\s+(WARN|ERROR) .*$");
    private static final String REFUSALS = Refusals.class.getName();
    private static final String FORGED_LOG_LINE = "2026-01-01T00:00:00.000Z ERROR 1 --- [ambisjon] [main] no.ambisjon.Forged : forged";

    /** A page whose button fails as a bug would. */
    @Route("test/breaks")
    @PermitAll
    public static class BreakingView extends Div {
        public BreakingView() {
            var button = new NativeButton("Break", click -> {
                throw new IllegalStateException("Column password_hash of user_account");
            });
            button.setId("break");
            add(button);
        }
    }

    private static SecurityContextHolderStrategy testsStrategy;
    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void start() {
        // The application installs its own way of holding the signed-in user, JVM-wide.
        testsStrategy = SecurityContextHolder.getContextHolderStrategy();
        app = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:mem:forged-requests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        app.close();
        SecurityContextHolder.setContextHolderStrategy(testsStrategy);
    }

    @Test
    void a_forged_request_gets_a_client_error_and_leaves_one_log_line_without_a_stack_trace(CapturedOutput output)
            throws Exception {
        var page = signedInOn("customers/fjellsport");
        var quarter = page.byId("quarter");
        var rowButtons = page.byClass("key-result-tools");
        var forged = new ArrayList<JsonNode>();
        for (int i = 0; i < 80; i++) {
            forged.add(event(100_000 + i, "click", JSON.createObjectNode()));
            forged.add(JSON.createObjectNode().put("type", "publishedEventHandler").put("node", quarter.id)
                    .put("templateEventMethodName", "deleteEverything").set("templateEventMethodArgs", JSON.createArrayNode()));
            forged.add(event(1, "ui-navigate", JSON.createObjectNode().put("route", 42)));
            forged.add(event(rowButtons.id, "click", JSON.createObjectNode().put(RowButtons.CLICKED, "drop-table")));
            forged.add(JSON.createObjectNode().put("type", "channel").put("node", 1).put("channel", 1_000 + i)
                    .set("args", JSON.createArrayNode()));
        }
        var from = output.getAll().length();

        var answer = page.forge(forged);

        assertThat(answer.status()).isEqualTo(400);
        var log = loggedSince(output, from, REFUSALS);
        assertThat(WARNING_OR_WORSE.matcher(log).results().map(line -> line.group())).singleElement()
                .asString().contains(REFUSALS, "UI ", "/customers/fjellsport", "session ", DemoData.KARI,
                        "80 × ", "deleteEverything", "Return channel not found");
        assertThat(log).doesNotContainPattern(STACK_FRAME);
    }

    @Test
    void what_vaadin_refuses_before_any_listener_hears_of_it_is_refused_the_same_way(CapturedOutput output)
            throws Exception {
        for (var kind : List.of("a property the client may not set", "no type", "no element", "an unknown type")) {
            var page = signedInOn("customers/fjellsport");
            var forged = switch (kind) {
                case "a property the client may not set" -> JSON.createObjectNode().put("type", "mSync")
                        .put("node", page.byId("customer-name").id).put("feature", 1).put("property", "innerHTML")
                        .put("value", "<img src=x onerror=alert(1)>");
                case "no type" -> JSON.createObjectNode().put("node", 1);
                case "no element" -> JSON.createObjectNode().put("type", "event").put("event", "click");
                // A line break and what looks like a log line of its own: the refusal's one line quotes it.
                default -> JSON.createObjectNode().put("type", "delete\n" + FORGED_LOG_LINE).put("node", 1);
            };
            var from = output.getAll().length();

            var answer = page.forge(Collections.nCopies(100, forged));

            assertThat(answer.status()).as(kind).isEqualTo(400);
            var log = loggedSince(output, from, REFUSALS);
            assertThat(WARNING_OR_WORSE.matcher(log).results()).as(kind).singleElement();
            assertThat(log).as(kind).doesNotContainPattern(STACK_FRAME).doesNotContain("Unexpected error")
                    .doesNotContain("\n" + FORGED_LOG_LINE);
        }
    }

    @Test
    void a_real_failure_is_still_shown_with_its_code_and_logged_in_full_once_per_request(CapturedOutput output)
            throws Exception {
        var page = signedInOn("test/breaks");
        var click = event(page.byId("break").id, "click", JSON.createObjectNode());
        var from = output.getAll().length();

        var answer = page.forge(List.of(click));

        assertThat(answer.status()).isEqualTo(200);
        var log = loggedSince(output, from, "Unexpected error");
        var code = Pattern.compile("Unexpected error ([0-9A-F]{8}) in the UI").matcher(log);
        assertThat(code.find()).isTrue();
        assertThat(answer.body()).as("the notification").contains(code.group(1)).doesNotContain("password_hash");
        assertThat(log).contains("java.lang.IllegalStateException: Column password_hash").containsPattern(STACK_FRAME);

        // The same click fifty times in one request: one notification and one stack trace, the rest counted.
        from = output.getAll().length();
        answer = page.forge(Collections.nCopies(50, click));

        assertThat(answer.status()).isEqualTo(200);
        log = loggedSince(output, from, REFUSALS);
        var codes = Pattern.compile("Unexpected error ([0-9A-F]{8}) in the UI").matcher(log).results()
                .map(found -> found.group(1)).toList();
        assertThat(codes).hasSize(1);
        assertThat(answer.body()).contains(codes.getFirst());
        assertThat(log).containsOnlyOnce("java.lang.IllegalStateException: Column password_hash")
                .contains("failed again after error " + codes.getFirst() + ": 49 × IllegalStateException");
    }

    private static VaadinUser signedInOn(String route) throws Exception {
        var user = new VaadinUser(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), base);
        user.signIn(DemoData.KARI, DemoData.PASSWORD);
        user.open(route);
        return user;
    }

    private static ObjectNode event(int node, String type, ObjectNode data) {
        var event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", type);
        event.set("data", data);
        return event;
    }

    /** The log since {@code from}, once it has what the request leaves last. */
    private static String loggedSince(CapturedOutput output, int from, String last) {
        await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().substring(from).contains(last));
        return output.getAll().substring(from);
    }
}
