package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.Instant;

/**
 * What lies ahead for a customer's triad meetings.
 *
 * @param nextMeeting the next planned meeting from today on, or {@code null}
 * @param openActions action items not yet done, from every meeting
 */
public record MeetingOutlook(Instant nextMeeting, int openActions) implements Serializable {

    public static final MeetingOutlook NONE = new MeetingOutlook(null, 0);
}
