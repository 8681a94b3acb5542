package no.ambisjon;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests: the real views and services in the shared Spring context, a faked servlet
 * environment, and a user signed in the way Vaadin's access control reads it (the request).
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    protected SignIn signIn;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("no.ambisjon");
            // Karibu also lists abstract error views, which Vaadin itself skips.
            routes.getErrorRoutes().removeIf(view -> Modifier.isAbstract(view.getModifiers()));
        }
    }

    /** Opens the app as a visitor who has not logged in. */
    protected void openAnonymously() {
        signIn.out();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        // As a servlet container knows it, and Karibu's fake request does not say: the request came
        // with the id of the session it is in (a sign-in then gives the session a new id).
        var current = VaadinServletRequest.getCurrent();
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(
                new HttpServletRequestWrapper(current.getHttpServletRequest()) {
                    @Override
                    public boolean isRequestedSessionIdValid() {
                        return true;
                    }
                }, current.getService()));
    }

    /** The fake request beneath the wrappers, where a test sets who is signed in. */
    private static FakeRequest fakeRequest() {
        ServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        while (!(request instanceof FakeRequest) && request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    /**
     * Opens the app in a new browser session as the given user: the login page first, then the
     * reload that follows a successful login, which lands on the user's home.
     */
    protected void loginAs(String username) {
        loginAs(signIn.as(username));
    }

    /** As {@link #loginAs(String)}, with a sign-in the test made. */
    protected void loginAs(Authentication auth) {
        openAnonymously();
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = fakeRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals));
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
    }

    /**
     * Types a value into a field as a user would: only into a visible, enabled, editable field.
     * (Karibu's own _setValue does not match this Flow version's internals.)
     */
    protected static <V> void type(HasValue<?, V> field, V value) {
        var component = (Component) field;
        assertThat(component.isVisible() && component.getParent().map(Component::isVisible).orElse(true))
                .as("%s is visible", component.getId().orElse(component.getClass().getSimpleName())).isTrue();
        assertThat(field.isReadOnly()).as("read-only").isFalse();
        if (field instanceof HasEnabled enabled) {
            assertThat(enabled.isEnabled()).as("enabled").isTrue();
        }
        field.setValue(value);
    }

    /**
     * Types into a field as the browser reports it: a change from the client, for fields that act on
     * the user's own changes only (a note that saves itself).
     */
    protected static <V> void typeAsTheBrowserSendsIt(AbstractField<?, V> field, V value) {
        try {
            var setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /**
     * Waits until the screen shows what a change on another thread brings, running what the
     * broadcaster queued for this UI as push would. Generous: a slow build machine only waits longer.
     */
    protected static void awaitPush(String what, BooleanSupplier shown) {
        await(what).atMost(Duration.ofSeconds(10)).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(() -> {
            MockVaadin.runUIQueue();
            return shown.getAsBoolean();
        });
    }

    /** Whether the server has told the browser to load this address (and not yet sent it, as push would). */
    protected static boolean sentTo(String location) {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .anyMatch(js -> js.getInvocation().getExpression().contains("window.open")
                        && js.getInvocation().getParameters().contains(location));
    }

    /** The view the UI shows now. */
    protected static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
    }

    /** The text of a component as a reader sees it, with ordinary spaces, also where it is drawn from markup. */
    protected static String text(Component component) {
        return text(component.getElement()).replace('\u00a0', ' ');
    }

    private static String text(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        var markup = element.getProperty("innerHTML");
        if (markup != null) {
            return Jsoup.parseBodyFragment(markup).text();
        }
        return element.getChildren().map(KaribuTest::text).collect(Collectors.joining());
    }

    @AfterEach
    protected void closeBrowser() {
        MockVaadin.tearDown();
        signIn.out();
    }
}
