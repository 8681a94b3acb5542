package no.ambisjon.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broadcaster on its own: the right customer's screens only, bursts coalesced, nothing after detach. */
class LiveUpdatesTest {

    private static final long FJELLSPORT = 1;
    private static final long BOLGEN = 2;

    private LiveUpdates updates;

    @BeforeEach
    void start() {
        updates = new LiveUpdates(50);
        updates.start();
    }

    @AfterEach
    void stop() {
        updates.stop();
    }

    @Test
    void a_change_reaches_the_screens_of_that_customer_and_no_other() throws Exception {
        var fjellsportScreens = new CountDownLatch(2);
        var bolgenScreen = new AtomicInteger();
        updates.subscribe(FJELLSPORT, Runnable::run, fjellsportScreens::countDown);
        updates.subscribe(FJELLSPORT, Runnable::run, fjellsportScreens::countDown);
        updates.subscribe(BOLGEN, Runnable::run, bolgenScreen::incrementAndGet);

        updates.on(new CustomerChanged(FJELLSPORT));

        assertThat(fjellsportScreens.await(2, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(bolgenScreen).hasValue(0);
    }

    @Test
    void a_single_change_is_delivered_at_once() throws Exception {
        var slow = new LiveUpdates(10_000);
        slow.start();
        try {
            var delivered = new CountDownLatch(1);
            slow.subscribe(FJELLSPORT, Runnable::run, delivered::countDown);
            slow.on(new CustomerChanged(FJELLSPORT));
            assertThat(delivered.await(1, TimeUnit.SECONDS)).as("not held back by the coalescing window").isTrue();
        } finally {
            slow.stop();
        }
    }

    @Test
    void a_burst_of_changes_is_at_most_one_refresh_now_and_one_after_the_window() throws Exception {
        // A window much longer than the burst, so that a slow build machine cannot stretch the
        // burst over two windows.
        updates.stop();
        updates = new LiveUpdates(500);
        updates.start();
        var refreshes = new AtomicInteger();
        updates.subscribe(FJELLSPORT, Runnable::run, () -> {
            refreshes.incrementAndGet();
            sleep(20);
        });
        for (int i = 0; i < 20; i++) {
            updates.on(new CustomerChanged(FJELLSPORT));
            sleep(2);
        }
        Thread.sleep(1000);
        assertThat(refreshes.get()).isEqualTo(2);

        updates.on(new CustomerChanged(FJELLSPORT));
        Thread.sleep(1000);
        assertThat(refreshes.get()).isEqualTo(3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_screen_that_detached_hears_nothing_and_leaves_no_listener_behind() throws Exception {
        var refreshes = new AtomicInteger();
        var first = updates.subscribe(FJELLSPORT, Runnable::run, refreshes::incrementAndGet);
        var second = updates.subscribe(BOLGEN, Runnable::run, refreshes::incrementAndGet);
        assertThat(updates.subscriberCount()).isEqualTo(2);

        first.remove();
        second.remove();
        updates.on(new CustomerChanged(FJELLSPORT));
        updates.on(new CustomerChanged(BOLGEN));
        Thread.sleep(200);

        assertThat(refreshes).hasValue(0);
        assertThat(updates.subscriberCount()).isZero();
    }

    @Test
    void a_screen_that_fails_to_refresh_does_not_stop_the_others() throws Exception {
        var healthy = new CountDownLatch(2);
        updates.subscribe(FJELLSPORT, command -> {
            throw new IllegalStateException("UI is gone");
        }, () -> { });
        updates.subscribe(FJELLSPORT, Runnable::run, healthy::countDown);
        updates.on(new CustomerChanged(FJELLSPORT));
        Thread.sleep(150);
        updates.on(new CustomerChanged(FJELLSPORT));
        assertThat(healthy.await(2, TimeUnit.SECONDS)).isTrue();
    }
}
