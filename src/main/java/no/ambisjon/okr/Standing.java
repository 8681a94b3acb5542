package no.ambisjon.okr;

/**
 * How a key result (or several together) stands, in the one vocabulary every screen and file uses,
 * and the only thing colour says there (decision record 0021): "behind" is only ever
 * {@link Progress#behind}; "needs attention" is behind, off track in the owner's own judgement, or
 * not checked in once the quarter is {@link #GRACE} gone; "at risk" is the owner's word; "not
 * checked in yet" is a key result without a check-in in the quarter's first weeks. The owner's own
 * word is shown as theirs, never as a second verdict in colour.
 */
public enum Standing {
    ON_TRACK, AT_RISK, NEEDS_ATTENTION, NOT_CHECKED_IN;

    /** The part of a quarter (about two weeks) a key result may go without a check-in before it needs attention. */
    public static final double GRACE = 0.15;

    /**
     * A key result as it is now.
     *
     * @param checkedIn whether it has been checked in on at all
     * @param expected  the part of its quarter that has passed
     */
    public static Standing of(boolean checkedIn, double expected, boolean behind, Confidence confidence) {
        if (!checkedIn) {
            return expected < GRACE ? NOT_CHECKED_IN : NEEDS_ATTENTION;
        }
        return of(behind, confidence);
    }

    /** A key result with check-ins (or its figures at a moment): behind or off track needs attention; at risk as its owner says. */
    public static Standing of(boolean behind, Confidence confidence) {
        if (behind || confidence == Confidence.OFF_TRACK) {
            return NEEDS_ATTENTION;
        }
        return confidence == Confidence.AT_RISK ? AT_RISK : ON_TRACK;
    }

    /**
     * Key results together (an objective, a customer): their mean progress behind the expected line
     * needs attention; some of them needing attention puts the whole at risk.
     */
    public static Standing ofMany(double progress, double expected, long needingAttention) {
        if (Progress.behind(progress, expected)) {
            return NEEDS_ATTENTION;
        }
        return needingAttention > 0 ? AT_RISK : ON_TRACK;
    }
}
