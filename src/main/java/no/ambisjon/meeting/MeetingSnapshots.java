package no.ambisjon.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import no.ambisjon.live.LiveUpdates;
import org.springframework.stereotype.Component;

/**
 * The latest read of each meeting, shared by every screen that shows it: when a change reaches
 * fifty screens of a meeting, one of them reads the meeting and the others reuse that read. A read
 * is reused only while its customer has had no committed change since it was made, and only on
 * the day it was made (the expected progress moves with the date). The user's own rights are not
 * part of it: {@link MeetingQueryService} checks them on every call, before it asks for the read.
 */
@Component
class MeetingSnapshots {

    /** Enough for every meeting on a screen right now; past it, the reads are simply made again. */
    private static final int MAX_MEETINGS = 500;

    private final Map<Long, Snapshot> latest = new ConcurrentHashMap<>();
    private final LiveUpdates liveUpdates;
    private final Clock clock;

    MeetingSnapshots(LiveUpdates liveUpdates, Clock clock) {
        this.liveUpdates = liveUpdates;
        this.clock = clock;
    }

    /**
     * The latest read of the meeting while it is fresh. A meeting never moves to another customer,
     * so the customer it was read for is the meeting's.
     */
    Optional<MeetingDetail> fresh(long meetingId) {
        var known = latest.get(meetingId);
        return known != null && known.isFreshFor(liveUpdates.changeCount(known.customerId()), LocalDate.now(clock))
                ? Optional.of(known.detail()) : Optional.empty();
    }

    /** @param read reads the meeting afresh; called by one caller at a time per meeting */
    MeetingDetail get(long meetingId, long customerId, Supplier<MeetingDetail> read) {
        // Taken before the read: a read made after it sees at least every change counted in it.
        var changeCount = liveUpdates.changeCount(customerId);
        var day = LocalDate.now(clock);
        var snapshot = latest.compute(meetingId, (id, known) -> known != null && known.isFreshFor(changeCount, day)
                ? known : new Snapshot(customerId, changeCount, day, read.get()));
        if (latest.size() > MAX_MEETINGS) {
            latest.clear();
        }
        return snapshot.detail();
    }

    private record Snapshot(long customerId, long changeCount, LocalDate day, MeetingDetail detail) {

        boolean isFreshFor(long currentChangeCount, LocalDate today) {
            return changeCount >= currentChangeCount && day.equals(today);
        }
    }
}
