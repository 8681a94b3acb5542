package no.ambisjon.security.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.ambisjon.security.PasswordLinkService;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Where a mailed link to sign in leads: one button, which posts the link to the sign-in. Opening the
 * link spends nothing, so that a mail program that looks at links first does not use it up. A link
 * that was used, replaced or has expired says so, with the way back to the login.
 */
@Route(value = "login/link", autoLayout = false)
@AnonymousAllowed
public class SignInLinkView extends CardPage implements BeforeEnterObserver, HasDynamicTitle {

    /** A plain form, posted by the browser itself: the sign-in gives the browser a new session. */
    @Tag("form")
    static final class PostForm extends HtmlContainer {
        PostForm(String action) {
            getElement().setAttribute("method", "post");
            getElement().setAttribute("action", action);
        }
    }

    private final PasswordLinkService links;

    SignInLinkView(PasswordLinkService links) {
        this.links = links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        var username = links.signInUsername(token);
        clearCard();
        card.add(new H2(getTranslation("sign-in-link.title")));
        var request = VaadinRequest.getCurrent();
        if (username.isEmpty() || request == null || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
            var gone = new Paragraph(getTranslation("sign-in-link.gone"));
            gone.setId("sign-in-link-gone");
            var login = new Anchor("login", getTranslation("set-password.to-login"));
            login.setId("to-login");
            card.add(gone, login);
            return;
        }
        var intro = new Paragraph(getTranslation("sign-in-link.intro", username.get()));
        intro.setId("sign-in-link-intro");
        var form = new PostForm("login/link");
        form.setId("sign-in-link-form");
        form.setWidthFull();
        form.add(hidden("token", token), hidden(csrf.getParameterName(), csrf.getToken()));
        var signIn = new NativeButton(getTranslation("sign-in-link.submit"));
        signIn.getElement().setAttribute("type", "submit");
        signIn.addClassName("native-primary-button");
        signIn.setId("sign-in-link-submit");
        form.add(signIn);
        card.add(intro, form);
    }

    private static Input hidden(String name, String value) {
        var input = new Input();
        input.setType("hidden");
        input.getElement().setAttribute("name", name);
        input.setValue(value);
        return input;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in-link.title") + " · " + getTranslation("app.name");
    }
}
