package no.ambisjon.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Puts each browser session in the right language: bokmål before login (unless the visitor picks
 * English on the login page), the account's own choice from the moment the user has logged in.
 */
@Component
class SessionLanguage implements VaadinServiceInitListener {

    /** The username whose language the session speaks; "" for a visitor who is not logged in. */
    private static final String APPLIED_FOR = SessionLanguage.class.getName();

    private final CurrentUser currentUser;

    SessionLanguage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> applyTo(e.getUI()));
    }

    private void applyTo(UI ui) {
        var session = ui.getSession();
        var appliedFor = (String) session.getAttribute(APPLIED_FOR);
        var user = currentUser.get();
        if (user.isPresent() && !user.get().username().equals(appliedFor)) {
            use(ui, user.get().language());
            session.setAttribute(APPLIED_FOR, user.get().username());
        } else if (user.isEmpty() && appliedFor == null) {
            use(ui, Language.NB);
            session.setAttribute(APPLIED_FOR, "");
        } else {
            ui.setLocale(session.getLocale());
        }
        connectionTexts(ui);
    }

    /** What the connection indicator says when the server is out of reach, in the session's language. */
    private static void connectionTexts(UI ui) {
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("connection.offline"));
        ui.getPage().executeJs("if (window.Vaadin && window.Vaadin.connectionIndicator) {"
                + " window.Vaadin.connectionIndicator.onlineText = $0; }", ui.getTranslation("connection.online"));
    }

    /** Switches the whole browser session (every open tab after its next reload) to a language. */
    static void use(UI ui, Language language) {
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
    }
}
