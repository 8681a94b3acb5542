package no.ambisjon.okr.export;

/**
 * What a spreadsheet takes for the start of a formula (OWASP, CSV injection; ASVS 5.0 1.2.10): one
 * of = + - @, or a tab, carriage return or null character (which some skip before such a sign),
 * after any blanks and double quotes. A single quote in front marks the rest as text.
 */
final class Formulas {

    private static final String FORMULA_START = "=+-@\t\r\0";

    private Formulas() {
    }

    /** Whether a cell that began at {@code index} of {@code text} would be run as a formula. */
    static boolean startAt(CharSequence text, int index) {
        var i = index;
        while (i < text.length() && skipped(text.charAt(i))) {
            i++;
        }
        return i < text.length() && FORMULA_START.indexOf(text.charAt(i)) >= 0;
    }

    /** Blanks and double quotes, but not the tab, carriage return and line feed, which start or end a cell. */
    private static boolean skipped(char c) {
        return c == '"'
                || (c != '\t' && c != '\r' && c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }
}
