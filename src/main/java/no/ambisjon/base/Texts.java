package no.ambisjon.base;

/** Optional text as the services store it: trimmed, and absent rather than blank. */
public final class Texts {

    private Texts() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
