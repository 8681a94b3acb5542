package no.ambisjon.okr;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import no.ambisjon.security.Owner;

/**
 * A key result as the OKR page shows it.
 *
 * @param owner      who owns it, or {@code null}
 * @param current    the latest check-in's value, or the start value before the first check-in
 * @param confidence the latest check-in's confidence (on track before the first check-in)
 * @param behind     progress clearly under the expected line ({@link Progress#behind}); nothing else
 * @param latest     the latest check-in, or {@code null}
 * @param trend      the start value and the latest check-ins' values, oldest first
 * @param forecast   where it lands at the quarter's end at this pace, or {@code null} ({@link Forecast#of})
 */
public record KeyResultLine(KeyResultId id, long version, ObjectiveId objectiveId, String title, Category category,
                            Measure measure, BigDecimal start, BigDecimal target, BigDecimal current, String unit,
                            Direction direction, Owner owner, Confidence confidence, double progress,
                            boolean behind, CheckInEntry latest, List<BigDecimal> trend,
                            Forecast forecast, Standing standing) implements Serializable {

    /** At this pace it lands short of the target. */
    public boolean forecastMisses() {
        return forecast != null && !forecast.reachesTarget();
    }

    public KeyResultForm toForm() {
        var form = new KeyResultForm();
        form.setTitle(title);
        form.setCategory(category);
        form.setMeasure(measure);
        form.setStartValue(start);
        form.setTargetValue(target);
        form.setUnit(unit == null ? "" : unit);
        form.setDirection(direction);
        form.setOwner(owner);
        return form;
    }
}
