package no.ambisjon.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/** Grades 0.0-1.0 at the end of a quarter, as the OKR guide uses them: 0.7 and up is a success. */
public final class Grades {

    /** An objective graded this or more was reached, as the OKR guide counts success. */
    public static final BigDecimal SUCCESS = new BigDecimal("0.7");
    /** Graded this or more, but under {@link #SUCCESS}: partly reached; under it, missed. */
    public static final BigDecimal PARTLY = new BigDecimal("0.4");

    /**
     * What a grade says, in the one rule every badge, evaluation, copy dialog, overview and export
     * uses: 0.7 and up reached, 0.4 to 0.6 partly reached, under 0.4 missed.
     */
    public enum Outcome {
        REACHED, PARTLY, MISSED
    }

    public static Outcome outcome(BigDecimal grade) {
        if (grade.compareTo(SUCCESS) >= 0) {
            return Outcome.REACHED;
        }
        return grade.compareTo(PARTLY) >= 0 ? Outcome.PARTLY : Outcome.MISSED;
    }

    /** The style of a grade's outcome, in the standing's colours: reached green, partly amber, missed red. */
    public static String outcomeClass(BigDecimal grade) {
        return "outcome-" + outcome(grade).name().toLowerCase(java.util.Locale.ROOT);
    }
    /** An evaluation opens this many days before the quarter's last day. */
    static final int OPENS_DAYS_BEFORE_END = 14;

    private Grades() {
    }

    /** The grade a key result's progress suggests: the share of the way it came, to one decimal. */
    public static BigDecimal suggested(double progress) {
        return BigDecimal.valueOf(Math.clamp(progress, 0.0, 1.0)).setScale(1, RoundingMode.HALF_UP);
    }

    /** An objective's grade: the mean of its key results', to one decimal; none: 0.0. */
    public static BigDecimal mean(Collection<BigDecimal> grades) {
        if (grades.isEmpty()) {
            return BigDecimal.ZERO.setScale(1);
        }
        var sum = grades.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(grades.size()), 1, RoundingMode.HALF_UP);
    }

    /** A grade from 0.0 to 1.0 with at most one decimal. */
    public static boolean valid(BigDecimal grade) {
        return grade != null && grade.signum() >= 0 && grade.compareTo(BigDecimal.ONE) <= 0
                && grade.stripTrailingZeros().scale() <= 1;
    }


    /** A quarter is evaluated in its last two weeks and after it. */
    public static boolean open(Quarter quarter, LocalDate today) {
        return !today.isBefore(quarter.lastDay().minusDays(OPENS_DAYS_BEFORE_END - 1));
    }
}
