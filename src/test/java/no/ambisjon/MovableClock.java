package no.ambisjon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it. */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MovableClock(Instant now) {
        this(now, ZoneOffset.UTC);
    }

    public MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void move(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
