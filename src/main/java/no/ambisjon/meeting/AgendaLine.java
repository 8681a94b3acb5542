package no.ambisjon.meeting;

import java.io.Serializable;
import no.ambisjon.okr.KeyResultLine;

/**
 * A key result on the agenda of a planned or running meeting, with the meeting's note on it.
 *
 * @param id    the agenda item; 0 while the meeting is planned (the agenda is a preview then)
 * @param since what moved since the customer's previous closed meeting; {@code null} at a first
 *              meeting, or for a key result that was not in its minutes
 */
public record AgendaLine(long id, KeyResultLine keyResult, String objectiveTitle, String note, KeyResultSince since)
        implements Serializable {

    /** As long as a note may be (its column). */
    public static final int MAX_NOTE = 4000;


    AgendaLine since(KeyResultSince since) {
        return new AgendaLine(id, keyResult, objectiveTitle, note, since);
    }
}
