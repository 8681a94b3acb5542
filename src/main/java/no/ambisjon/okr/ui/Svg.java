package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Span;

/** Text that goes into server-rendered SVG is escaped, so user input can never become markup. */
final class Svg {

    private Svg() {
    }

    /**
     * Markup drawn by the browser inside a span. Unlike {@code Html}, nothing is parsed on the
     * server, which matters when a live update redraws the same picture on many screens.
     */
    static Span inline(String markup) {
        var frame = new Span();
        frame.addClassName("svg-frame");
        redraw(frame, markup);
        return frame;
    }

    /** Draws new markup in the frame; the same markup again sends nothing. */
    static void redraw(Span frame, String markup) {
        if (!markup.equals(frame.getElement().getProperty("innerHTML"))) {
            frame.getElement().setProperty("innerHTML", markup);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
