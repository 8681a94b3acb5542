package no.ambisjon.benchmark;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultId;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, and prints, how fast a check-in reaches N open presentation screens and how large a
 * session showing the presentation is. Not a test: it asserts nothing about time. Run it with
 * {@code mvn -Pbenchmark test}; docs/benchmarks.md has the figures and how to read them.
 */
@Tag("benchmark")
class PresentationBenchmarkTest extends KaribuTest {

    private static final int SCREENS = Integer.getInteger("benchmark.screens", 50);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 40);
    /** Rounds run first and not counted, so that the figures are of compiled code, as on a server that has run a while. */
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 10);

    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    no.ambisjon.live.LiveUpdates liveUpdates;

    @Test
    void check_in_to_every_screen_and_session_size() throws Exception {
        var setup = twentyKeyResultsAndARunningMeeting();
        loginAs(setup.customer().viewer());
        var session = VaadinSession.getCurrent();
        var screens = new ArrayList<UI>();
        for (int i = 0; i < SCREENS; i++) {
            screens.add(openPresentation(session, setup.meeting(), i));
        }
        // As after a response to the browser: the changes the screen has sent are no longer kept.
        screens.getFirst().getInternals().getStateTree().collectChanges(change -> { });
        var sessionBytes = serializedSize(session, screens.getFirst());

        var latencies = new ArrayList<Double>();
        var commits = new ArrayList<Double>();
        for (int round = 1 - WARM_UP; round <= ROUNDS; round++) {
            var value = String.valueOf(100_000 + WARM_UP + round);
            var waiting = new ArrayList<>(screens);
            var start = System.nanoTime();
            signIn.onAnotherDevice(setup.customer().consultant(),
                    () -> keyResults.checkIn(setup.keyResult(), OkrFixtures.checkIn(value, Confidence.ON_TRACK)));
            var committed = (System.nanoTime() - start) / 1e6;
            if (round > 0) {
                commits.add(committed);
            }
            var deadline = start + 10_000_000_000L;
            while (!waiting.isEmpty()) {
                MockVaadin.runUIQueue();
                waiting.removeIf(ui -> shows(ui, setup.keyResult(), value));
                Thread.onSpinWait();
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(waiting.size() + " of " + screens.size() + " screens did not show "
                            + value + " after 10 s; listening: " + liveUpdates.subscriberCount());
                }
            }
            if (round > 0) {
                latencies.add((System.nanoTime() - start) / 1e6);
            }
            // Push writes each screen's changes to its browser and forgets them; do the same here.
            screens.forEach(ui -> ui.getInternals().getStateTree().collectChanges(change -> { }));
            Thread.sleep(300); // past the coalescing window, so that each round is a fresh change
        }
        Collections.sort(latencies);
        Collections.sort(commits);
        System.out.printf(Locale.ROOT, "BENCHMARK check-in to last of %d screens, %d rounds: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                SCREENS, ROUNDS, percentile(latencies, 50), percentile(latencies, 95), latencies.getLast());
        System.out.printf(Locale.ROOT, "BENCHMARK of which the check-in itself (until committed): p50 %.1f ms, p95 %.1f ms%n",
                percentile(commits, 50), percentile(commits, 95));
        System.out.printf(Locale.ROOT, "BENCHMARK serialized session with one presentation UI (%d key results): %.1f KB%n",
                setup.keyResults(), sessionBytes / 1024.0);
    }

    private record Setup(TestCustomer customer, MeetingId meeting, KeyResultId keyResult, int keyResults) {
    }

    /** A customer of the benchmark's own with twenty key results, and its meeting running. */
    private Setup twentyKeyResultsAndARunningMeeting() {
        var customer = testCustomers.create();
        okr.objective(customer, 20, 3);
        signIn.as(customer.consultant());
        var meeting = lifecycle.schedule(customer.id(), Instant.now(), List.of(), "Benchmark");
        lifecycle.start(meeting);
        var first = meetings.meeting(meeting).agenda().getFirst().keyResult().id();
        var count = meetings.meeting(meeting).agenda().size();
        signIn.out();
        return new Setup(customer, meeting, first, count);
    }

    /** Another screen in the same browser session: a new UI, as a new tab would get. */
    private static UI openPresentation(VaadinSession session, MeetingId meeting, int index) {
        var ui = index == 0 ? UI.getCurrent() : new UI();
        if (index > 0) {
            ui.getInternals().setSession(session);
            UI.setCurrent(ui);
            ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
            ui.setLocale(session.getLocale());
            session.addUI(ui);
        }
        ui.navigate("meetings/" + meeting.value() + "/present");
        return ui;
    }

    /** Whether the screen's row of the key result shows the value (formatted as in Norwegian) in its markup. */
    private static boolean shows(UI ui, KeyResultId kr, String value) {
        var formatted = new BigDecimal(value).toPlainString().replaceAll("(\\d)(?=(\\d{3})+$)", "$1\u00a0");
        var key = String.valueOf(kr.value());
        return ui.getInternals().getActiveRouterTargetsChain().getFirst().getElement().getChild(0).getChild(1)
                .getChildren().flatMap(objective -> objective.getChildren())
                .filter(row -> key.equals(row.getAttribute("data-key-result")))
                .anyMatch(row -> row.getProperty("innerHTML", "").contains(formatted));
    }

    private static double percentile(List<Double> sorted, int p) {
        var index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /**
     * The session's size as replication would write it, with one presentation UI in it: the other
     * UIs are left out, and shared Spring singletons (services) count as references, which is how
     * a replicated session would find them again.
     */
    private long serializedSize(VaadinSession session, UI kept) throws IOException {
        var singletons = Collections.newSetFromMap(new IdentityHashMap<Object, Boolean>());
        for (var name : context.getBeanFactory().getSingletonNames()) {
            singletons.add(context.getBeanFactory().getSingleton(name));
        }
        var others = new ArrayList<>(session.getUIs());
        others.remove(kept);
        var counter = new CountingStream();
        try (var out = new ReferencingStream(counter, singletons, Set.copyOf(others))) {
            // The session's own state, then the UI with its component tree, which the session holds
            out.writeObject(session);
            out.writeObject(kept);
            if (Boolean.getBoolean("benchmark.histogram")) {
                out.histogram.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(25).forEach(e -> System.out.println("objects written: " + e.getValue() + " " + e.getKey()));
            }
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private record BeanReference(String type) implements Serializable {
    }

    private static final class ReferencingStream extends ObjectOutputStream {
        private final Set<Object> singletons;
        private final Set<UI> leftOut;

        ReferencingStream(OutputStream out, Set<Object> singletons, Set<UI> leftOut) throws IOException {
            super(out);
            this.singletons = singletons;
            this.leftOut = leftOut;
            enableReplaceObject(true);
        }

        final Map<String, Integer> histogram = new HashMap<>();

        @Override
        protected Object replaceObject(Object obj) {
            histogram.merge(obj.getClass().getName(), 1, Integer::sum);
            if (singletons.contains(obj)) {
                return new BeanReference(obj.getClass().getName());
            }
            if (obj instanceof UI ui && leftOut.contains(ui)) {
                return new BeanReference("UI");
            }
            // The browserless test harness (fake servlet objects, the test's login lambdas) is not the app's.
            var type = obj.getClass().getName();
            if (type.startsWith("com.github.mvysny.") || type.startsWith("no.ambisjon.KaribuTest")) {
                return new BeanReference(type);
            }
            return obj;
        }
    }
}
