package no.ambisjon.okr;

/**
 * How a key result (or several together) stands, in the one vocabulary every screen and file uses:
 * "behind" is only ever {@link Progress#behind}; "needs attention" is behind, or off track in the
 * owner's own judgement. The colours of the progress bars say the same: green, amber, red.
 */
public enum Standing {
    ON_TRACK, AT_RISK, NEEDS_ATTENTION;

    /** A key result: behind the expected line or off track needs attention; at risk as its owner says. */
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
