package no.ambisjon.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import no.ambisjon.MovableClock;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/** Time that moves only when a test says so, and a timer that runs what is due then. */
final class ManualTimer implements TaskScheduler {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-18T09:00:00Z"));
    private final List<Due> due = new ArrayList<>();

    Clock clock() {
        return clock;
    }

    /** Moves time on and runs what fell due, in order. */
    void advance(Duration duration) {
        clock.move(duration);
        var ready = due.stream().filter(task -> !task.at().isAfter(clock.instant()))
                .sorted(Comparator.comparing(Due::at)).toList();
        due.removeAll(ready);
        ready.forEach(task -> task.task().run());
    }

    int waiting() {
        return due.size();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
        due.add(new Due(task, startTime));
        return null;
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
        throw new UnsupportedOperationException();
    }

    private record Due(Runnable task, Instant at) {
    }
}
