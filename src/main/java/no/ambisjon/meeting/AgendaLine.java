package no.ambisjon.meeting;

import java.io.Serializable;
import java.math.BigDecimal;
import no.ambisjon.okr.KeyResultLine;

/**
 * A key result on the agenda, with the meeting's note on it.
 *
 * @param valueAtClose    the key result's value when the meeting closed (the minutes), else null
 * @param progressAtClose its progress then, 0.0-1.0, else null
 */
public record AgendaLine(long id, long version, KeyResultLine keyResult, String objectiveTitle, String note,
                         BigDecimal valueAtClose, BigDecimal progressAtClose) implements Serializable {
}
