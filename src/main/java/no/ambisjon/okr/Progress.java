package no.ambisjon.okr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * How far key results and objectives have come, and how far they should have come by now. All
 * shares are 0.0-1.0; the UI shows them as percent.
 */
public final class Progress {

    /** A key result is behind when its progress is more than this under the expected line. */
    public static final double BEHIND_MARGIN = 0.10;

    private Progress() {
    }

    /**
     * The share of the way from start to target that the current value has come. Works the same for
     * both directions; overshoot counts as done, a move away from the target as nothing.
     */
    public static double of(Measure measure, Direction direction, BigDecimal start, BigDecimal target,
                            BigDecimal current) {
        if (measure == Measure.YES_NO) {
            return current.signum() > 0 ? 1.0 : 0.0;
        }
        var distance = target.subtract(start);
        if (distance.signum() == 0) {
            // Start equal to target: done when the current value is on the right side of it.
            var cmp = current.compareTo(target);
            return (direction == Direction.UP ? cmp >= 0 : cmp <= 0) ? 1.0 : 0.0;
        }
        var share = current.subtract(start).divide(distance, MathContext.DECIMAL64).doubleValue();
        return Math.clamp(share, 0.0, 1.0);
    }

    /** An objective's progress: the mean of its key results' (none: nothing yet). */
    public static double mean(Collection<Double> keyResults) {
        return keyResults.stream().mapToDouble(Double::doubleValue).average().orElse(0.0);
    }

    /** The share of the quarter that has passed by the end of {@code today}. */
    public static double expected(Quarter quarter, LocalDate today) {
        if (today.isBefore(quarter.firstDay())) {
            return 0.0;
        }
        if (quarter.isOver(today)) {
            return 1.0;
        }
        var daysPassed = ChronoUnit.DAYS.between(quarter.firstDay(), today) + 1;
        return (double) daysPassed / quarter.days();
    }

    public static boolean behind(double progress, double expected) {
        return progress < expected - BEHIND_MARGIN;
    }
}
