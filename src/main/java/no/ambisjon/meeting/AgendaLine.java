package no.ambisjon.meeting;

import java.io.Serializable;
import no.ambisjon.okr.KeyResultLine;

/**
 * A key result on the agenda of a planned or running meeting, with the meeting's note on it.
 *
 * @param id the agenda item; 0 while the meeting is planned (the agenda is a preview then)
 */
public record AgendaLine(long id, KeyResultLine keyResult, String objectiveTitle, String note)
        implements Serializable {
}
