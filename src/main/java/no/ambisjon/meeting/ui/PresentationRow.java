package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.html.Div;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.ui.OkrWidgets;

/**
 * One key result on the shared screen's overview: title, progress against the expected line, value,
 * confidence and trend, drawn from markup as one element (docs/benchmarks.md, "Memory per session").
 * A live update redraws only the rows whose figures changed.
 */
class PresentationRow extends Div {

    PresentationRow(KeyResultLine kr, double expected, OkrWidgets widgets) {
        addClassName("presentation-row");
        getElement().setAttribute("data-key-result", String.valueOf(kr.id().value()));
        show(kr, expected, widgets);
    }

    /** Shows the key result's figures now; a row that looks the same sends the browser nothing. */
    void show(KeyResultLine kr, double expected, OkrWidgets widgets) {
        Markup.redraw(getElement(), Markup.tag("span", "presentation-kr-title", kr.title())
                + widgets.progressMarkup(kr, expected)
                + Markup.tag("span", "presentation-value", widgets.valueOfTarget(kr))
                + widgets.confidenceMarkup(kr.confidence())
                + widgets.trendMarkup(kr));
    }
}
