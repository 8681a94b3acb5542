package no.ambisjon.meeting;

import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/** A change to a triad meeting: planned, started, steered, noted, decided, closed. */
public record MeetingChange(ChangeKind kind, Long customerId, long meetingId, String subject) implements Change {
}
