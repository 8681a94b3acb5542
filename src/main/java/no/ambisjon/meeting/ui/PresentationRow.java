package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.html.Div;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.ui.OkrWidgets;

/**
 * One key result on the shared screen's overview: title, progress against the expected line, value
 * with what moved since the last meeting and where it lands at this pace, confidence and trend, drawn from markup as one element (docs/benchmarks.md, "Memory per session").
 * A live update redraws only the rows whose figures changed.
 */
class PresentationRow extends Div {

    PresentationRow(AgendaLine line, double expected, OkrWidgets widgets) {
        addClassName("presentation-row");
        getElement().setAttribute("data-key-result", String.valueOf(line.keyResult().id().value()));
        show(line, expected, widgets);
    }

    /** "Prognose 59 692 besøk", marked when it falls short of the target; nothing without a forecast. */
    private String forecast(KeyResultLine kr, OkrWidgets widgets) {
        if (kr.forecast() == null) {
            return "";
        }
        return Markup.tag("span", kr.forecastMisses() ? "row-forecast forecast-misses" : "row-forecast",
                getTranslation("forecast.brief", widgets.format().approximately(kr.measure(), kr.forecast().value(), kr.unit())));
    }

    /** Shows the key result's figures now; a row that looks the same sends the browser nothing. */
    void show(AgendaLine line, double expected, OkrWidgets widgets) {
        var kr = line.keyResult();
        var since = SinceText.brief(this, widgets.format(), kr, line.since());
        var sinceClass = ("since " + SinceText.direction(line.since())).strip();
        Markup.redraw(getElement(), Markup.tag("span", "presentation-kr-title", kr.title())
                + widgets.progressMarkup(kr, expected)
                + "<span class=\"presentation-value\">" + Markup.escape(widgets.valueOfTarget(kr))
                + (since.isEmpty() ? "" : Markup.tag("span", sinceClass, since)) + forecast(kr, widgets) + "</span>"
                + widgets.standingMarkup(kr)
                + widgets.trendMarkup(kr));
    }
}
