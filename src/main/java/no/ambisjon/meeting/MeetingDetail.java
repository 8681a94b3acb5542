package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.Quarter;

/**
 * A meeting as its screens show it. A closed meeting is read only from its frozen minutes: its
 * agenda is empty, {@code minutes} has its lines, and its decisions and action items are as they
 * were at close.
 *
 * @param expected       the share of the quarter passed (at close, for closed minutes; 0 when unknown)
 * @param agenda         the key results in the order the meeting takes them (a preview until it starts)
 * @param carriedActions open action items from earlier meetings, which come up again
 * @param canRun         whether the user may run it (start, notes, decisions, actions, close)
 * @param minutes        the frozen minutes of a closed meeting, else {@code null}
 * @param previous       the customer's previous closed meeting, which the agenda's changes are measured
 *                       against; {@code null} at a first meeting and in closed minutes
 */
public record MeetingDetail(MeetingId id, CustomerSummary customer, Quarter quarter, double expected,
                            Instant scheduledAt, String attendees, MeetingState state, Long focusKeyResultId,
                            List<AgendaLine> agenda, List<DecisionEntry> decisions, List<ActionEntry> actions,
                            List<ActionEntry> carriedActions, boolean canRun, Minutes minutes,
                            PreviousMeeting previous)
        implements Serializable {

    MeetingDetail forUser(boolean mayRun) {
        return mayRun == canRun ? this : new MeetingDetail(id, customer, quarter, expected, scheduledAt, attendees,
                state, focusKeyResultId, agenda, decisions, actions, carriedActions, mayRun, minutes, previous);
    }

    /** The agenda line the presenter focuses, if any. */
    public AgendaLine focused() {
        return agenda.stream().filter(line -> focusKeyResultId != null
                && line.keyResult().id().value() == focusKeyResultId).findFirst().orElse(null);
    }

    /** Whether the user may run it now: start, steer, note, decide, close. */
    public boolean runnable() {
        return canRun && state == MeetingState.RUNNING;
    }
}
