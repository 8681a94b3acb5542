package no.ambisjon.okr.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.okr.Standing;

/**
 * A progress bar with a marker where progress should be by now. Its colour says how it stands: on
 * track (green), at risk (amber) or needs attention (red), and its text says the same for screen
 * readers.
 */
class ProgressMeter extends Div {

    private final Div track = new Div();
    private final Span label = new Span();
    private final ValueFormat format;
    private Standing standing;

    ProgressMeter(double progress, double expected, Standing standing, ValueFormat format) {
        this.format = format;
        addClassName("progress-meter");
        // The fill and the expected-line marker are drawn by the stylesheet from two variables:
        // one element instead of three, which matters on a screen with many key results.
        track.addClassName("progress-track");
        label.addClassName("progress-label");
        add(track, label);
        getElement().setAttribute("role", "img");
        show(progress, expected, standing);
    }

    /** Shows new figures in the same elements, so that a live update sends only what changed. */
    void show(double progress, double expected, Standing standing) {
        if (this.standing != standing) {
            if (this.standing != null) {
                removeClassName(cssClass(this.standing));
            }
            addClassName(cssClass(standing));
            this.standing = standing;
        }
        track.getStyle().set("--progress", percent(progress)).set("--expected", percent(expected));
        InPlace.text(label, format.share(progress));
        getElement().setAttribute("aria-label", aria(this, progress, expected, standing, format));
    }

    /** The same meter as markup, for a row that is drawn as a whole. */
    static String markup(Component screen, double progress, double expected, Standing standing, ValueFormat format) {
        return "<div class=\"progress-meter " + cssClass(standing) + "\" role=\"img\" aria-label=\""
                + Markup.escape(aria(screen, progress, expected, standing, format)) + "\">"
                + "<div class=\"progress-track\" style=\"--progress: " + percent(progress) + "; --expected: "
                + percent(expected) + ";\"></div>" + Markup.tag("span", "progress-label", format.share(progress)) + "</div>";
    }

    private static String aria(Component screen, double progress, double expected, Standing standing, ValueFormat format) {
        return screen.getTranslation("okr.progress.aria", format.share(progress), format.share(expected),
                screen.getTranslation("standing." + standing.name()));
    }

    private static String cssClass(Standing standing) {
        return "standing-" + standing.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", Math.clamp(share, 0, 1) * 100);
    }
}
