package no.ambisjon.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broadcaster on its own, step by step on a clock the test moves: the right customer's screens
 * only, a single change at once, bursts coalesced, nothing after detach.
 */
class LiveUpdatesTest {

    private static final long FJELLSPORT = 1;
    private static final long BOLGEN = 2;
    private static final Duration WINDOW = Duration.ofMillis(250);

    private ManualTimer timer;
    private LiveUpdates updates;

    @BeforeEach
    void start() {
        timer = new ManualTimer();
        // Delivered on the committing thread, so that every step is seen at once.
        updates = new LiveUpdates(timer.clock(), timer, Runnable::run, WINDOW);
    }

    @Test
    void a_change_reaches_the_screens_of_that_customer_and_no_other() {
        var fjellsportScreens = new AtomicInteger();
        var bolgenScreen = new AtomicInteger();
        updates.subscribe(FJELLSPORT, Runnable::run, fjellsportScreens::incrementAndGet);
        updates.subscribe(FJELLSPORT, Runnable::run, fjellsportScreens::incrementAndGet);
        updates.subscribe(BOLGEN, Runnable::run, bolgenScreen::incrementAndGet);

        updates.changed(FJELLSPORT);
        timer.advance(WINDOW.multipliedBy(4));

        assertThat(fjellsportScreens).hasValue(2);
        assertThat(bolgenScreen).hasValue(0);
        assertThat(updates.changeCount(FJELLSPORT)).isEqualTo(1);
        assertThat(updates.changeCount(BOLGEN)).isZero();
    }

    @Test
    void a_single_change_is_delivered_at_once() {
        var refreshes = new AtomicInteger();
        updates.subscribe(FJELLSPORT, Runnable::run, refreshes::incrementAndGet);
        updates.changed(FJELLSPORT);
        assertThat(refreshes).as("not held back by the coalescing window").hasValue(1);
        assertThat(timer.waiting()).isZero();
    }

    @Test
    void a_burst_of_changes_is_one_refresh_now_and_one_after_the_window() {
        var refreshes = new AtomicInteger();
        updates.subscribe(FJELLSPORT, Runnable::run, refreshes::incrementAndGet);
        for (int i = 0; i < 20; i++) {
            updates.changed(FJELLSPORT);
            timer.advance(Duration.ofMillis(5));
        }
        assertThat(refreshes).as("the first at once, the rest wait").hasValue(1);
        assertThat(timer.waiting()).isEqualTo(1);

        timer.advance(WINDOW);
        assertThat(refreshes).as("one more carries the rest of the burst").hasValue(2);

        timer.advance(WINDOW);
        updates.changed(FJELLSPORT);
        assertThat(refreshes).as("after a quiet spell, at once again").hasValue(3);
    }

    @Test
    void a_screen_that_detached_hears_nothing_and_leaves_no_listener_behind() {
        var refreshes = new AtomicInteger();
        var first = updates.subscribe(FJELLSPORT, Runnable::run, refreshes::incrementAndGet);
        var second = updates.subscribe(BOLGEN, Runnable::run, refreshes::incrementAndGet);
        assertThat(updates.subscriberCount()).isEqualTo(2);

        first.remove();
        second.remove();
        updates.changed(FJELLSPORT);
        updates.changed(BOLGEN);
        timer.advance(WINDOW.multipliedBy(4));

        assertThat(refreshes).hasValue(0);
        assertThat(updates.subscriberCount()).isZero();
    }

    @Test
    void a_screen_that_fails_to_refresh_does_not_stop_the_others() {
        var healthy = new AtomicInteger();
        updates.subscribe(FJELLSPORT, command -> {
            throw new IllegalStateException("UI is gone");
        }, () -> { });
        updates.subscribe(FJELLSPORT, Runnable::run, healthy::incrementAndGet);
        updates.changed(FJELLSPORT);
        timer.advance(WINDOW);
        updates.changed(FJELLSPORT);
        timer.advance(WINDOW);
        assertThat(healthy).hasValue(2);
    }
}
