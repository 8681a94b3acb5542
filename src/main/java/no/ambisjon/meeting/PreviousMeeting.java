package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.Instant;

/**
 * The customer's previous closed meeting, which a planned or running meeting measures its changes
 * against.
 *
 * @param scheduledAt when it was held, as the list of meetings names it
 * @param actionsDone action items ticked off since it closed
 */
public record PreviousMeeting(MeetingId id, Instant scheduledAt, Instant closedAt, int actionsDone) implements Serializable {
}
