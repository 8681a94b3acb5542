package no.ambisjon.okr.ui;

import no.ambisjon.base.ui.Markup;
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
        Markup.redraw(frame.getElement(), markup);
    }

    /** The frame's markup around a picture, for a row that is drawn from markup as a whole. */
    static String framed(String markup) {
        return "<span class=\"svg-frame\">" + markup + "</span>";
    }

    static String escape(String text) {
        return Markup.escape(text);
    }
}
