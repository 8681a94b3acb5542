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
        // The fill and the expected-line marker are drawn by the stylesheet from two variables:
        // one element instead of three, which matters on a screen with many key results.
        var track = new Div();
        track.addClassName("progress-track");
        track.getStyle().set("--progress", percent(progress)).set("--expected", percent(expected));
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
