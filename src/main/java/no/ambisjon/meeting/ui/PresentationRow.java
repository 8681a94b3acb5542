package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.ui.OkrWidgets;

/**
 * One key result on the shared screen's overview. A live update changes its figures in place: on a
 * wall of fifty screens, building no new elements is what keeps a check-in's delay short.
 */
class PresentationRow extends Div {

    private final Span title = new Span();
    private final Span value = new Span();
    private final Component progress;
    private final Span confidence;
    private final Span trend;

    PresentationRow(KeyResultLine kr, double expected, OkrWidgets widgets) {
        title.addClassName("presentation-kr-title");
        value.addClassName("presentation-value");
        progress = widgets.progress(kr, expected);
        confidence = widgets.confidence(kr);
        trend = widgets.trend(kr);
        add(title, progress, value, confidence, trend);
        addClassName("presentation-row");
        getElement().setAttribute("data-key-result", String.valueOf(kr.id().value()));
        title.setText(kr.title());
        value.setText(widgets.valueOfTarget(kr));
    }

    /**
     * Shows the key result's figures now. Only what differs from what the browser has is sent: Flow
     * sends no text, property or style that is set to what it already is.
     */
    void show(KeyResultLine kr, double expected, OkrWidgets widgets) {
        InPlace.text(title, kr.title());
        InPlace.text(value, widgets.valueOfTarget(kr));
        widgets.update(kr, expected, progress, confidence, trend);
    }
}
