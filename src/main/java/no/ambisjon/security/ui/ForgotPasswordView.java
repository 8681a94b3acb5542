package no.ambisjon.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.ambisjon.security.ClientAddress;
import no.ambisjon.security.PasswordResets;

/**
 * "Forgot password?": the address one signs in with, and a link to choose a new password by mail.
 * The page says the same whether or not the address has an account.
 */
@Route(value = "login/forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends CardPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResets resets;
    private final EmailField email = new EmailField();

    ForgotPasswordView(PasswordResets resets) {
        this.resets = resets;
    }

    /** Each visit starts with the form, also after a link was asked for. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clearCard();
        email.clear();
        email.setInvalid(false);
        var intro = new Paragraph(getTranslation("forgot-password.intro"));
        email.setLabel(getTranslation("login.username"));
        email.setId("forgot-password-email");
        email.setWidthFull();
        email.setMaxLength(254);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        email.addValueChangeListener(e -> email.setInvalid(false));
        var send = new Button(getTranslation("forgot-password.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        send.setId("forgot-password-send");
        card.add(new H2(getTranslation("forgot-password.title")), intro, email, send, loginLink(), new LanguageSwitch());
        email.focus();
    }

    void send() {
        var typed = email.getValue().strip();
        if (typed.isEmpty()) {
            refuse("login.error.username-required");
            return;
        }
        var request = VaadinRequest.getCurrent();
        var answer = resets.request(typed, request == null ? ClientAddress.UNKNOWN : request.getRemoteAddr());
        if (answer == PasswordResets.Answer.WAIT) {
            refuse("forgot-password.wait");
            return;
        }
        clearCard();
        var sent = new Paragraph(getTranslation("forgot-password.sent", typed));
        sent.setId("forgot-password-sent");
        card.add(new H2(getTranslation("forgot-password.title")), sent, loginLink());
    }

    private void refuse(String key) {
        email.setErrorMessage(getTranslation(key));
        email.setInvalid(true);
        email.focus();
    }

    private Anchor loginLink() {
        var login = new Anchor("login", getTranslation("set-password.to-login"));
        login.setId("to-login");
        login.addClassName("set-password-login");
        return login;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot-password.title") + " · " + getTranslation("app.name");
    }
}
