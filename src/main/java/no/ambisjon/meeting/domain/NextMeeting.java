package no.ambisjon.meeting.domain;

import java.time.Instant;

/** A customer's next planned meeting. */
public record NextMeeting(long customerId, Instant at) {
}
