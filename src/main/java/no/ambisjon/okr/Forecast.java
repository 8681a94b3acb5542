package no.ambisjon.okr;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a key result lands at the end of its quarter if it keeps the pace of its check-ins so far.
 *
 * @param value         the value at the quarter's last day at this pace
 * @param by            the quarter's last day
 * @param reachesTarget whether that value reaches the target, in the key result's direction, or falls
 *                      short of it by no more than {@link #MARGIN} of the way from start to target: a
 *                      pace is no more precise than that, and a meeting is not warned about one visit
 */
public record Forecast(BigDecimal value, LocalDate by, boolean reachesTarget) implements Serializable {

    /** A shortfall that matters: more than this share of the way from the start to the target. */
    public static final double MARGIN = 0.05;

    /** With this many check-ins or more, the pace is their least-squares line; with fewer, from the start to the latest. */
    static final int FITTED_FROM = 3;

    /** A check-in's value on its day. */
    public record Point(LocalDate day, BigDecimal value) {
    }

    /**
     * The forecast for a key result, or none: for yes/no key results, before the first check-in,
     * once the quarter is over, and when the check-ins give no pace (all on the quarter's first day).
     *
     * @param points the key result's check-ins in its quarter, oldest first
     */
    public static Optional<Forecast> of(Measure measure, Direction direction, BigDecimal start, BigDecimal target,
                                        Quarter quarter, List<Point> points, LocalDate today) {
        if (measure == Measure.YES_NO || points.isEmpty() || quarter.isOver(today)) {
            return Optional.empty();
        }
        var end = quarter.lastDay().toEpochDay() - quarter.firstDay().toEpochDay();
        var pace = points.size() >= FITTED_FROM ? fitted(quarter, points) : Optional.<Line>empty();
        var line = pace.or(() -> fromStart(quarter, start, points.getLast()));
        if (line.isEmpty()) {
            return Optional.empty();
        }
        var landing = bounded(measure, start, target, points, line.get().at(end));
        var value = BigDecimal.valueOf(landing).setScale(scale(start, target, points), RoundingMode.HALF_UP);
        var shortfall = direction == Direction.UP ? target.subtract(value) : value.subtract(target);
        var reaches = shortfall.doubleValue() <= MARGIN * target.subtract(start).abs().doubleValue();
        return Optional.of(new Forecast(KeyResultLines.plain(value), quarter.lastDay(), reaches));
    }

    private record Line(double intercept, double slope) {
        double at(long day) {
            return intercept + slope * day;
        }
    }

    private static Optional<Line> fitted(Quarter quarter, List<Point> points) {
        double n = points.size();
        double sumX = 0;
        double sumY = 0;
        for (var p : points) {
            sumX += day(quarter, p);
            sumY += p.value().doubleValue();
        }
        var meanX = sumX / n;
        var meanY = sumY / n;
        double sxx = 0;
        double sxy = 0;
        for (var p : points) {
            var dx = day(quarter, p) - meanX;
            sxx += dx * dx;
            sxy += dx * (p.value().doubleValue() - meanY);
        }
        if (sxx == 0) {
            return Optional.empty();
        }
        var slope = sxy / sxx;
        return Optional.of(new Line(meanY - slope * meanX, slope));
    }

    private static Optional<Line> fromStart(Quarter quarter, BigDecimal start, Point latest) {
        var days = day(quarter, latest);
        if (days <= 0) {
            return Optional.empty();
        }
        var slope = (latest.value().doubleValue() - start.doubleValue()) / days;
        return Optional.of(new Line(start.doubleValue(), slope));
    }

    private static long day(Quarter quarter, Point point) {
        return point.day().toEpochDay() - quarter.firstDay().toEpochDay();
    }

    /** A percentage stays within 0-100, and a measure that has never been negative does not forecast below zero. */
    private static double bounded(Measure measure, BigDecimal start, BigDecimal target, List<Point> points,
                                  double value) {
        if (measure == Measure.PERCENT) {
            return Math.clamp(value, 0, 100);
        }
        var neverNegative = start.signum() >= 0 && target.signum() >= 0
                && points.stream().allMatch(p -> p.value().signum() >= 0);
        return neverNegative ? Math.max(0, value) : value;
    }

    /** As many decimals as the key result's own figures use. */
    private static int scale(BigDecimal start, BigDecimal target, List<Point> points) {
        var scale = Math.max(KeyResultLines.plain(start).scale(), KeyResultLines.plain(target).scale());
        for (var p : points) {
            scale = Math.max(scale, KeyResultLines.plain(p.value()).scale());
        }
        return Math.max(0, scale);
    }
}
