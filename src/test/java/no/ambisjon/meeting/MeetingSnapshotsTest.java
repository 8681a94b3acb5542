package no.ambisjon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import no.ambisjon.IntegrationTest;
import no.ambisjon.base.live.CustomerChanged;
import no.ambisjon.base.live.LiveUpdates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The shared read of a meeting is reused only while nothing of its customer has changed, and only that day. */
@IntegrationTest
class MeetingSnapshotsTest {

    private static final long CUSTOMER = 900_001;
    private static final long OTHER_CUSTOMER = 900_002;

    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    ApplicationEventPublisher events;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-18T09:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();

    private MeetingDetail read(MeetingSnapshots snapshots) {
        return snapshots.get(1, CUSTOMER, () -> {
            reads.incrementAndGet();
            return null;
        });
    }

    @Test
    void screens_share_one_read_until_the_customer_changes() {
        var snapshots = new MeetingSnapshots(liveUpdates, clock);
        read(snapshots);
        read(snapshots);
        assertThat(reads).hasValue(1);

        events.publishEvent(new CustomerChanged(OTHER_CUSTOMER));
        read(snapshots);
        assertThat(reads).as("another customer's change").hasValue(1);

        events.publishEvent(new CustomerChanged(CUSTOMER));
        read(snapshots);
        read(snapshots);
        assertThat(reads).as("after the customer's change, one new read").hasValue(2);
    }

    @Test
    void a_new_day_reads_again_since_the_expected_progress_moved() {
        var snapshots = new MeetingSnapshots(liveUpdates, clock);
        read(snapshots);
        clock.now = clock.now.plusSeconds(24 * 3600);
        read(snapshots);
        assertThat(reads).hasValue(2);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
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
}
