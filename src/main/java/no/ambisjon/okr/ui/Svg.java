package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Span;
import no.ambisjon.base.ui.Markup;

/** Server-rendered SVG in a frame of its own; its texts are escaped with {@link Markup#escape}. */
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
        Markup.redraw(frame.getElement(), markup);
        return frame;
    }

    /** The frame's markup around a picture, for a row that is drawn from markup as a whole. */
    static String framed(String markup) {
        return "<span class=\"svg-frame\">" + markup + "</span>";
    }

}
