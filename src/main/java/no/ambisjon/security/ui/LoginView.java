package no.ambisjon.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import no.ambisjon.base.ui.LocalisedPasswordField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import no.ambisjon.security.AccessCheck;
import no.ambisjon.security.SsoRefusal;
import no.ambisjon.security.SsoSettings;
import no.ambisjon.security.TypedUsername;
import com.vaadin.flow.spring.security.AuthenticationContext;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();
    private final Paragraph ended = new Paragraph();

    LoginView(AuthenticationContext authenticationContext, SsoSettings sso) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(loginTexts());
        // LoginI18n has no key for the password's reveal button: set it on the form's own field once drawn.
        form.getElement().executeJs("customElements.whenDefined('vaadin-password-field').then(() => requestAnimationFrame(() => {"
                + LocalisedPasswordField.nameRevealButton("this.querySelector('vaadin-password-field')") + " }))",
                getTranslation("component.password.reveal"));

        var brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        ended.addClassName("login-ended");
        ended.getElement().setAttribute("role", "status");
        ended.setId("login-ended");
        ended.setVisible(false);
        var card = new Div(brand, tagline, ended, form);
        if (sso.enabled()) {
            // A plain link: the browser leaves for the identity provider and comes back signed in.
            var signOn = new Anchor("oauth2/authorization/" + SsoSettings.REGISTRATION,
                    getTranslation("login.sso", sso.button() == null || sso.button().isBlank()
                            ? getTranslation("login.sso.default") : sso.button()));
            signOn.setRouterIgnore(true);
            signOn.setId("sso-login");
            signOn.addClassName("sso-login");
            var staffOnly = new Paragraph(getTranslation("login.sso.staff-only"));
            staffOnly.addClassName("login-tagline");
            card.add(signOn, staffOnly);
        }
        card.add(new LanguageSwitch());
        card.addClassName("login-card");
        add(card);
    }

    private LoginI18n loginTexts() {
        var texts = LoginI18n.createDefault();
        var formTexts = texts.getForm();
        formTexts.setTitle(getTranslation("login.title"));
        formTexts.setUsername(getTranslation("login.username"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        formTexts.setForgotPassword(getTranslation("login.forgot-password"));
        var error = texts.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return texts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        form.setError(parameters.getParameters().containsKey("error"));
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        TypedUsername.take(session).ifPresent(this::typeAgain);
        endedReason(parameters.getSingleParameter("ended").orElse(null)).ifPresent(why -> {
            ended.setText(getTranslation("login.ended." + why.name()));
            ended.setVisible(true);
        });
        if (parameters.getParameters().containsKey("confirm")) {
            ended.setText(getTranslation("login.confirm"));
            ended.setVisible(true);
        }
        if (parameters.getParameters().containsKey("link")) {
            ended.setText(getTranslation("login.link-gone"));
            ended.setVisible(true);
        }
        parameters.getSingleParameter("sso").flatMap(LoginView::ssoReason).ifPresent(reason -> {
            ended.setText(getTranslation("login.sso." + reason));
            ended.setVisible(true);
        });
    }

    /**
     * Puts the username back into the form's field once the form has drawn it, and the cursor in the
     * password field: only the password is typed anew.
     */
    private void typeAgain(String username) {
        form.getElement().executeJs("""
                const form = this;
                const fill = () => {
                  const name = form.querySelector('#vaadinLoginUsername');
                  const password = form.querySelector('#vaadinLoginPassword');
                  if (!name || !password) { requestAnimationFrame(fill); return; }
                  name.value = $0;
                  // After the form has put the cursor in its first field.
                  setTimeout(() => password.focus(), 100);
                };
                customElements.whenDefined('vaadin-login-form').then(fill);""", username);
    }

    /** Why the user's last session ended: from the address, or from the cookie a background request left. */
    private static Optional<AccessCheck.Ended> endedReason(String fromAddress) {
        var request = VaadinRequest.getCurrent();
        var text = fromAddress != null || request == null || request.getCookies() == null ? fromAddress
                : Arrays.stream(request.getCookies()).filter(c -> c.getName().equals(AccessCheck.ENDED_COOKIE))
                        .map(Cookie::getValue).findFirst().orElse(null);
        return Arrays.stream(AccessCheck.Ended.values()).filter(why -> why.name().equals(text)).findFirst();
    }

    /** Only the reasons there are texts for: the address is typed by anyone. */
    private static Optional<String> ssoReason(String text) {
        return Arrays.stream(SsoRefusal.values()).map(Enum::name).filter(name -> name.equals(text)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
