package no.ambisjon.meeting.ui;

/**
 * One note from two people who wrote in it at once, with nothing either wrote lost: what each added
 * to the note they both started from, theirs first, since it was saved first.
 */
final class NoteMerge {

    private NoteMerge() {
    }

    /**
     * @param base   the note both started from
     * @param mine   the note as this user has it now
     * @param theirs the note as the other saved it
     */
    static String both(String base, String mine, String theirs) {
        var start = base == null ? "" : base;
        if (theirs.contains(mine)) {
            return theirs;
        }
        if (mine.contains(theirs)) {
            return mine;
        }
        if (mine.startsWith(start) && theirs.startsWith(start)) {
            return theirs + separated(mine.substring(start.length()));
        }
        return theirs + separated(mine);
    }

    private static String separated(String added) {
        var text = added.strip();
        return text.isEmpty() ? "" : "\n" + text;
    }
}
