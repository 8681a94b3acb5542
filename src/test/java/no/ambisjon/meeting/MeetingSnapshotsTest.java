package no.ambisjon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import no.ambisjon.IntegrationTest;
import no.ambisjon.MovableClock;
import no.ambisjon.TestCustomers;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.okr.OkrChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The shared read of a meeting is reused only while nothing of its customer has changed, and only that day. */
@IntegrationTest
class MeetingSnapshotsTest {

    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestCustomers testCustomers;

    private long customer;
    private long otherCustomer;

    @BeforeEach
    void twoCustomers() {
        customer = testCustomers.create().id().value();
        otherCustomer = testCustomers.create().id().value();
    }

    /** A change of the customer's data, committed. */
    private void changed(long customerId) {
        transaction.executeWithoutResult(status ->
                events.publishEvent(new OkrChange(ChangeKind.CHECK_IN, customerId, "a check-in")));
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-18T09:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();

    private MeetingDetail read(MeetingSnapshots snapshots) {
        return snapshots.get(1, customer, () -> {
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

        changed(otherCustomer);
        read(snapshots);
        assertThat(reads).as("another customer's change").hasValue(1);

        changed(customer);
        read(snapshots);
        read(snapshots);
        assertThat(reads).as("after the customer's change, one new read").hasValue(2);
    }

    @Test
    void a_new_day_reads_again_since_the_expected_progress_moved() {
        var snapshots = new MeetingSnapshots(liveUpdates, clock);
        read(snapshots);
        clock.move(Duration.ofDays(1));
        read(snapshots);
        assertThat(reads).hasValue(2);
    }
}
