package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.html.Div;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.okr.ui.OkrWidgets;

/**
 * One key result on the shared screen's overview: title, progress against the expected line, value
 * and what moved since the last meeting, confidence and trend, drawn from markup as one element (docs/benchmarks.md, "Memory per session").
 * A live update redraws only the rows whose figures changed.
 */
class PresentationRow extends Div {

    PresentationRow(AgendaLine line, double expected, OkrWidgets widgets) {
        addClassName("presentation-row");
        getElement().setAttribute("data-key-result", String.valueOf(line.keyResult().id().value()));
        show(line, expected, widgets);
    }

    /** Shows the key result's figures now; a row that looks the same sends the browser nothing. */
    void show(AgendaLine line, double expected, OkrWidgets widgets) {
        var kr = line.keyResult();
        var since = SinceText.brief(this, widgets.format(), kr, line.since());
        var sinceClass = SinceText.isUp(line.since()) ? "since since-up"
                : SinceText.isDown(line.since()) ? "since since-down" : "since";
        Markup.redraw(getElement(), Markup.tag("span", "presentation-kr-title", kr.title())
                + widgets.progressMarkup(kr, expected)
                + "<span class=\"presentation-value\">" + Markup.escape(widgets.valueOfTarget(kr))
                + (since.isEmpty() ? "" : Markup.tag("span", sinceClass, since)) + "</span>"
                + widgets.confidenceMarkup(kr.confidence())
                + widgets.trendMarkup(kr));
    }
}
