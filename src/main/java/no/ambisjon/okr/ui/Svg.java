package no.ambisjon.okr.ui;

/** Text that goes into server-rendered SVG is escaped, so user input can never become markup. */
final class Svg {

    private Svg() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
