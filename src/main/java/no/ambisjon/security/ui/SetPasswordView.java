package no.ambisjon.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import no.ambisjon.security.SignInSessions;
import org.springframework.security.core.Authentication;
import no.ambisjon.security.PasswordLinkService;
import no.ambisjon.security.PasswordRejectedException;

/**
 * Where the link in an invitation or a password mail leads: the user chooses a password and is signed
 * in with it, on their home page. A link that was used, replaced or has expired says so, and nothing else.
 */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends CardPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordLinkService links;
    private final SignInSessions signIns;
    private final NewPasswordFields password = new NewPasswordFields();
    private String token;

    SetPasswordView(PasswordLinkService links, SignInSessions signIns) {
        this.links = links;
        this.signIns = signIns;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        var username = links.username(token);
        clearCard();
        if (username.isEmpty()) {
            gone();
            return;
        }
        var intro = new Paragraph(getTranslation("set-password.intro", username.get()));
        intro.setId("set-password-intro");
        var save = new Button(getTranslation("set-password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidthFull();
        save.setId("save-password");
        card.add(new H2(getTranslation("set-password.title")), intro, password.next, password.repeat, save,
                new LanguageSwitch());
        password.next.focus();
    }

    void save() {
        if (!password.repeated()) {
            return;
        }
        Optional<Authentication> signedIn;
        try {
            signedIn = links.setPasswordAndSignIn(token, password.next.getValue(), VaadinRequest.getCurrent().getRemoteAddr());
        } catch (PasswordRejectedException e) {
            if (e.messageKey().equals("password-link.gone")) {
                clearCard();
                gone();
            } else {
                NewPasswordFields.refuse(password.next, e.messageKey());
            }
            return;
        }
        if (signedIn.isPresent()) {
            // Signed in as the login form would; the whole page loads again, signed in, on the user's home.
            signIns.signIn(signedIn.get(), VaadinServletRequest.getCurrent().getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
            UI.getCurrent().getPage().setLocation(home());
            return;
        }
        clearCard();
        var done = new Paragraph(getTranslation("set-password.done"));
        done.setId("set-password-done");
        card.add(done, loginLink());
    }

    /** The application's root, where each user's home is. */
    private static String home() {
        var path = VaadinServletRequest.getCurrent().getHttpServletRequest().getContextPath();
        return path.isEmpty() ? "/" : path + "/";
    }

    private void gone() {
        var why = new Paragraph(getTranslation("password-link.gone"));
        why.setId("set-password-gone");
        card.add(new H2(getTranslation("set-password.title")), why, loginLink());
    }

    private Anchor loginLink() {
        var login = new Anchor("login", getTranslation("set-password.to-login"));
        login.setId("to-login");
        login.addClassName("set-password-login");
        return login;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("set-password.title") + " · " + getTranslation("app.name");
    }
}
