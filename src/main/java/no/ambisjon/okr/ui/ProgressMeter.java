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

    private final Div track = new Div();
    private final Span label = new Span();
    private final ValueFormat format;
    private State state;

    ProgressMeter(double progress, double expected, State state, ValueFormat format) {
        this.format = format;
        addClassName("progress-meter");
        // The fill and the expected-line marker are drawn by the stylesheet from two variables:
        // one element instead of three, which matters on a screen with many key results.
        track.addClassName("progress-track");
        label.addClassName("progress-label");
        add(track, label);
        getElement().setAttribute("role", "img");
        show(progress, expected, state);
    }

    /** Shows new figures in the same elements, so that a live update sends only what changed. */
    void show(double progress, double expected, State state) {
        if (this.state != state) {
            if (this.state != null) {
                removeClassName(this.state.cssClass());
            }
            addClassName(state.cssClass());
            this.state = state;
        }
        track.getStyle().set("--progress", percent(progress)).set("--expected", percent(expected));
        label.setText(format.share(progress));
        getElement().setAttribute("aria-label", getTranslation("okr.progress.aria", format.share(progress),
                format.share(expected), getTranslation("okr.state." + state.name())));
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", Math.clamp(share, 0, 1) * 100);
    }
}
