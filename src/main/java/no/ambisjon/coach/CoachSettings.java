package no.ambisjon.coach;

/**
 * The coach's thresholds.
 *
 * @param maxTitleWords  O6: more words than this is hard to remember
 * @param maxTitleLength O6: more characters than this is hard to remember
 * @param smallChange    K4: a target less than this share away from its start is asked about
 */
public record CoachSettings(int maxTitleWords, int maxTitleLength, double smallChange) {

    public static final CoachSettings DEFAULTS = new CoachSettings(14, 100, 0.10);
}
