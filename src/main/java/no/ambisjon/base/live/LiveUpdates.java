package no.ambisjon.base.live;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open screens of a customer that its data changed, after the change has committed.
 * A screen subscribes for one customer only, with the customer id a service handed it (so the
 * user was allowed to see it when the screen attached); it never hears of any other customer.
 * Bursts are coalesced: the first change is delivered at once, and after a delivery a screen waits
 * {@code ambisjon.live.coalesce-millis} before the next one, which then carries everything since.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<Long, Set<Subscriber>> byCustomer = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> changeCounts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("live-updates-timer"));
    /** Screens of different sessions refresh in parallel; one session's screens take turns on its lock anyway. */
    private final ExecutorService delivery = Executors.newFixedThreadPool(
            Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 8), daemon("live-updates"));
    private final long coalesceMillis;
    private volatile boolean running;

    LiveUpdates(@Value("${ambisjon.live.coalesce-millis:250}") long coalesceMillis) {
        this.coalesceMillis = coalesceMillis;
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

    @TransactionalEventListener(fallbackExecution = true)
    void on(CustomerChanged event) {
        changeCounts.computeIfAbsent(event.customerId(), id -> new AtomicLong()).incrementAndGet();
        byCustomer.getOrDefault(event.customerId(), Set.of()).forEach(this::schedule);
    }

    private void schedule(Subscriber subscriber) {
        if (running && subscriber.pending.compareAndSet(false, true)) {
            var wait = Math.max(0, subscriber.lastDelivery.get() + coalesceMillis - System.currentTimeMillis());
            timer.schedule(() -> delivery.execute(() -> deliver(subscriber)), wait, TimeUnit.MILLISECONDS);
        }
    }

    private void deliver(Subscriber subscriber) {
        subscriber.lastDelivery.set(System.currentTimeMillis());
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

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        timer.shutdownNow();
        delivery.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            var thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Subscriber(Consumer<Runnable> access, Runnable refresh, AtomicBoolean pending, AtomicLong lastDelivery) {
        Subscriber(Consumer<Runnable> access, Runnable refresh) {
            this(access, refresh, new AtomicBoolean(), new AtomicLong());
        }
    }
}
