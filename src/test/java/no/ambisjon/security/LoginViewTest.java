package no.ambisjon.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import no.ambisjon.KaribuTest;
import no.ambisjon.security.ui.LoginView;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    /** The texts the login form's web component renders, as the JSON it receives. */
    private static String formTexts() {
        return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
    }

    @Test
    void the_login_page_speaks_norwegian_until_the_visitor_picks_english() {
        openAnonymously();
        UI.getCurrent().navigate(LoginView.class);
        assertThat(formTexts()).contains("\"Logg inn\"", "\"Passord\"", "\"E-post\"").doesNotContain("Log in");

        _click(_get(Button.class, spec -> spec.withId("language-en")));

        assertThat(formTexts()).contains("\"Sign in\"", "\"Password\"", "Login failed")
                .doesNotContain("Passord");
    }

    @Test
    void a_failed_login_shows_the_error_on_the_form() {
        openAnonymously();
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(formTexts()).contains("Innloggingen mislyktes");
    }

    @Test
    void the_login_page_is_where_a_visitor_starts() {
        openAnonymously();
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isFalse();
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }

    /** The usernames the page has asked the browser to put back into the form. */
    private static java.util.List<Object> typedAgain() {
        // As when the answer is written: an element's scripts are queued for the browser then.
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("vaadinLoginUsername"))
                .flatMap(js -> js.getInvocation().getParameters().stream()).filter(String.class::isInstance).toList();
    }

    @Test
    void after_a_refused_login_the_form_has_the_username_again_once() {
        openAnonymously();
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                .setAttribute(TypedUsername.ATTRIBUTE, "ingrid@eksempel.no");
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(typedAgain()).containsExactly("ingrid@eksempel.no");

        UI.getCurrent().navigate("login");
        assertThat(typedAgain()).as("a later visit starts empty").isEmpty();
    }
}
