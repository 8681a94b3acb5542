package no.ambisjon.live;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import no.ambisjon.base.change.ChangesMissed;
import no.ambisjon.base.change.Committed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;

/**
 * Tells the open screens of a customer that its data changed, after the change has committed.
 * A screen subscribes for one customer only, with the customer id a service handed it (so the
 * user was allowed to see it when the screen attached); it never hears of any other customer.
 * Bursts are coalesced: the first change is delivered at once, and after a delivery a screen waits
 * the coalescing window before the next one, which then carries everything since.
 *
 * <p>Time, waiting and delivering are handed in ({@link LiveConfig}), so that a test can run them
 * step by step.
 */
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<Long, Set<Subscriber>> byCustomer = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> changeCounts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final TaskScheduler timer;
    private final Executor delivery;
    private final long windowMillis;

    /**
     * @param clock    real time for the coalescing window
     * @param timer    runs a delivery that has to wait for the window
     * @param delivery refreshes screens; screens of different sessions may refresh in parallel
     * @param window   at most one refresh per screen in this time, after the first
     */
    public LiveUpdates(Clock clock, TaskScheduler timer, Executor delivery, Duration window) {
        this.clock = clock;
        this.timer = timer;
        this.delivery = delivery;
        this.windowMillis = window.toMillis();
    }

    /**
     * @param access  runs a command with the screen's lock held, e.g. {@code ui::access} wrapped so
     *                that it also restores the security context captured when the screen attached
     * @param refresh what the screen does when the customer's data changed
     * @return remove it when the screen detaches
     */
    public Registration subscribe(long customerId, Consumer<Runnable> access, Runnable refresh) {
        var subscriber = new Subscriber(access, refresh);
        byCustomer.computeIfAbsent(customerId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> byCustomer.computeIfPresent(customerId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Every committed change, here or on another node; a change of no customer's data, or of nothing a
     * screen shows, has no screens to tell.
     */
    @EventListener
    void on(Committed committed) {
        if (committed.change().customerId() != null && committed.change().kind().showsOnScreens()) {
            changed(committed.change().customerId());
        }
    }

    /** This node may have missed changes of any customer: every shared read is stale, every screen refreshes. */
    @EventListener
    void on(ChangesMissed missed) {
        changeCounts.values().forEach(AtomicLong::incrementAndGet);
        byCustomer.values().forEach(subscribers -> subscribers.forEach(this::schedule));
    }

    void changed(long customerId) {
        changeCounts.computeIfAbsent(customerId, id -> new AtomicLong()).incrementAndGet();
        byCustomer.getOrDefault(customerId, Set.of()).forEach(this::schedule);
    }

    private void schedule(Subscriber subscriber) {
        if (!subscriber.pending.compareAndSet(false, true)) {
            return;
        }
        var now = clock.millis();
        var due = subscriber.lastDelivery.get() + windowMillis;
        try {
            if (due <= now) {
                delivery.execute(() -> deliver(subscriber));
            } else {
                timer.schedule(() -> delivery.execute(() -> deliver(subscriber)), clock.instant().plusMillis(due - now));
            }
        } catch (RejectedExecutionException e) {
            // The application is shutting down: there is no screen left to tell.
            subscriber.pending.set(false);
        }
    }

    private void deliver(Subscriber subscriber) {
        subscriber.lastDelivery.set(clock.millis());
        try {
            subscriber.access.accept(() -> {
                subscriber.pending.set(false);
                subscriber.refresh.run();
            });
        } catch (RuntimeException e) {
            // The screen went away between the change and the delivery; it unsubscribes on detach.
            subscriber.pending.set(false);
            log.debug("Live update not delivered: {}", e.toString());
        }
    }

    /**
     * How many changes of the customer have committed since the application started. A read made
     * after this returned {@code n} includes at least the first {@code n} changes, since the count
     * goes up only after a change has committed, and before any screen hears of it.
     */
    public long changeCount(long customerId) {
        var count = changeCounts.get(customerId);
        return count == null ? 0 : count.get();
    }

    /** How many screens are listening, for tests and the benchmark. */
    public int subscriberCount() {
        return byCustomer.values().stream().mapToInt(Set::size).sum();
    }

    private record Subscriber(Consumer<Runnable> access, Runnable refresh, AtomicBoolean pending, AtomicLong lastDelivery) {
        Subscriber(Consumer<Runnable> access, Runnable refresh) {
            this(access, refresh, new AtomicBoolean(), new AtomicLong(Long.MIN_VALUE / 2));
        }
    }
}
