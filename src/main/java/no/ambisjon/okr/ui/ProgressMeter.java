package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A progress bar with a marker where progress should be by now. Its colour says on track (green),
 * at risk (amber) or behind (red), and its text says the same for screen readers.
 */
class ProgressMeter extends Div {

    enum State {
        ON_TRACK, AT_RISK, BEHIND;

        String cssClass() {
            return "state-" + name().toLowerCase().replace('_', '-');
        }
    }

    ProgressMeter(double progress, double expected, State state, ValueFormat format) {
        addClassNames("progress-meter", state.cssClass());
        var track = new Div();
        track.addClassName("progress-track");
        var fill = new Div();
        fill.addClassName("progress-fill");
        fill.getStyle().setWidth(percent(progress));
        var marker = new Div();
        marker.addClassName("progress-expected");
        marker.getStyle().setLeft(percent(expected));
        marker.getElement().setAttribute("title", getTranslation("okr.expected", format.share(expected)));
        track.add(fill, marker);
        var label = new Span(format.share(progress));
        label.addClassName("progress-label");
        add(track, label);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", getTranslation("okr.progress.aria", format.share(progress),
                format.share(expected), getTranslation("okr.state." + state.name())));
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", Math.clamp(share, 0, 1) * 100);
    }
}
