package no.ambisjon.base.ui;

import com.vaadin.flow.component.HasText;
import java.util.Objects;

/**
 * Puts new data into an element that is already on the screen, and sends the browser nothing when
 * it is what the element shows: Flow replaces a text node whenever its text is set, even to the
 * same text, and on a wall of fifty screens every needless change counts.
 */
public final class InPlace {

    private InPlace() {
    }

    public static void text(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }
}
