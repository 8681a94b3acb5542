package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.Instant;

/**
 * The customer's previous closed meeting, which a planned or running meeting measures its changes
 * against.
 *
 * @param actionsDone action items ticked off since it closed
 */
public record PreviousMeeting(MeetingId id, Instant closedAt, int actionsDone) implements Serializable {
}
