package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Span;
import no.ambisjon.okr.Confidence;

/** Small labels with a meaning in their colour: status, category, confidence. */
final class Badges {

    private Badges() {
    }

    static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("badge", variant);
        return badge;
    }

    static String confidenceClass(Confidence confidence) {
        return "confidence-" + confidence.name().toLowerCase().replace('_', '-');
    }
}
