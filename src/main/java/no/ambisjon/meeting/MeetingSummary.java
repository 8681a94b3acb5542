package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.Instant;

public record MeetingSummary(MeetingId id, Instant scheduledAt, String attendees, MeetingState state)
        implements Serializable {
}
