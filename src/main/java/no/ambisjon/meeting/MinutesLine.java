package no.ambisjon.meeting;

import java.io.Serializable;
import no.ambisjon.security.Owner;
import java.math.BigDecimal;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.Direction;
import no.ambisjon.okr.Measure;

/**
 * A key result in closed minutes: its words and numbers when the meeting closed, and the meeting's note on it.
 *
 * @param owner who owned it at close, by the name they had then, or {@code null}
 */
public record MinutesLine(long keyResultId, String objectiveTitle, String title, Measure measure, String unit,
                          Direction direction, BigDecimal start, BigDecimal target, BigDecimal value, double progress,
                          Confidence confidence, String note, Owner owner) implements Serializable {
}
