package no.ambisjon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.okr.OkrFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writes that race with closing a meeting either land before the close, and so are in its minutes,
 * or are refused because it has closed: none is lost without a word, none slips in afterwards.
 */
@IntegrationTest
class ClosingRaceTest {

    private static final int WRITERS = 6;
    private static final int ROUNDS = 4;

    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    MeetingAgendaService agenda;
    @Autowired
    MeetingMinutesService minutes;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    SignIn signIn;

    /** What one writer did: the text it wrote, and whether the meeting took it. */
    private record Outcome(String kind, String text, boolean landed) {
    }

    @Test
    void writes_racing_with_the_close_are_in_the_minutes_or_refused() throws Exception {
        var customer = testCustomers.create();
        okr.objective(customer, WRITERS, 0);
        var pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                signIn.as(customer.consultant());
                var id = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), null);
                lifecycle.start(id);
                var lines = meetings.meeting(id).agenda();
                var start = new CountDownLatch(1);
                var tasks = new ArrayList<Callable<Outcome>>();
                for (int w = 0; w < WRITERS; w++) {
                    var n = w;
                    tasks.add(() -> as(customer.consultant(), start, () -> {
                        var text = "Runde skrevet av nr. " + n;
                        try {
                            switch (n % 3) {
                                case 0 -> minutes.decide(id, text);
                                case 1 -> minutes.addAction(id, text, null, null, null);
                                default -> agenda.note(id, lines.get(n).id(), null, text);
                            }
                            return new Outcome(kind(n), text, true);
                        } catch (MinutesFrozenException refused) {
                            return new Outcome(kind(n), text, false);
                        }
                    }));
                }
                tasks.add(() -> as(customer.consultant(), start, () -> {
                    lifecycle.close(id);
                    return new Outcome("close", "", true);
                }));
                var futures = tasks.stream().map(pool::submit).toList();
                start.countDown();
                var outcomes = new ArrayList<Outcome>();
                for (var future : futures) {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                }

                signIn.as(customer.viewer());
                var closed = meetings.meeting(id);
                assertThat(closed.state()).isEqualTo(MeetingState.CLOSED);
                var inMinutes = new ArrayList<String>();
                closed.decisions().forEach(d -> inMinutes.add("decision:" + d.text()));
                closed.actions().forEach(a -> inMinutes.add("action:" + a.text()));
                closed.minutes().lines().stream().filter(l -> l.note() != null)
                        .forEach(l -> inMinutes.add("note:" + l.note()));
                var landed = outcomes.stream().filter(o -> !o.kind().equals("close") && o.landed())
                        .map(o -> o.kind() + ":" + o.text()).toList();
                assertThat(inMinutes).as("round %d: exactly what landed is in the minutes", round)
                        .containsExactlyInAnyOrderElementsOf(landed);
            }
        } finally {
            pool.shutdownNow();
            signIn.out();
        }
    }

    private static String kind(int writer) {
        return List.of("decision", "action", "note").get(writer % 3);
    }

    private <T> T as(String username, CountDownLatch start, Callable<T> work) throws Exception {
        signIn.as(username);
        try {
            start.await();
            return work.call();
        } finally {
            signIn.out();
        }
    }
}
