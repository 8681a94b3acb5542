package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.Quarter;

/**
 * A meeting as its screens show it.
 *
 * @param agenda         the key results in the order the meeting takes them (a preview until it starts)
 * @param carriedActions open action items from earlier meetings, which come up again
 * @param canRun         whether the user may run it (start, notes, decisions, actions, close)
 */
public record MeetingDetail(MeetingId id, CustomerSummary customer, Quarter quarter, double expected,
                            Instant scheduledAt, String attendees, MeetingState state, Long focusKeyResultId,
                            List<AgendaLine> agenda, List<DecisionEntry> decisions, List<ActionEntry> actions,
                            List<ActionEntry> carriedActions, boolean canRun, String closedBy, Instant closedAt)
        implements Serializable {

    MeetingDetail forUser(boolean mayRun) {
        return mayRun == canRun ? this : new MeetingDetail(id, customer, quarter, expected, scheduledAt, attendees,
                state, focusKeyResultId, agenda, decisions, actions, carriedActions, mayRun, closedBy, closedAt);
    }

    /** The agenda line the presenter focuses, if any. */
    public AgendaLine focused() {
        return agenda.stream().filter(line -> focusKeyResultId != null
                && line.keyResult().id().value() == focusKeyResultId).findFirst().orElse(null);
    }
}
