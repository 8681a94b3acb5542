package no.ambisjon.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A page before signing in that shows one card in the middle, under the application's name. */
abstract class CardPage extends VerticalLayout {

    protected final Div card = new Div();

    CardPage() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassNames("login-card", "set-password-card");
        add(card);
    }

    /** Empties the card down to the application's name. */
    protected void clearCard() {
        card.removeAll();
        var brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        card.add(brand);
    }
}
