package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Span;
import no.ambisjon.okr.Standing;

/** Small labels: a key result's standing, the only one with a meaning in its colour; status, category. */
final class Badges {

    private Badges() {
    }

    static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("badge", variant);
        return badge;
    }

    static String standingClass(Standing standing) {
        return "standing-" + standing.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
