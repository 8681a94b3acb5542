package no.ambisjon.security.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Component;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.CsrfToken;
import com.vaadin.flow.server.VaadinServletRequest;
import no.ambisjon.MailLinks;
import no.ambisjon.WebLogins;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.okr.ui.OkrView;
import no.ambisjon.portfolio.ui.HomeView;
import no.ambisjon.security.NewUser;
import no.ambisjon.security.Role;
import no.ambisjon.security.TemporaryPasswords;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Temporary passwords, changing one's own password, and what an administrator may do to accounts. */
class AccountSecurityScreensTest extends KaribuTest {

    private static final String NEW_PASSWORD = "fjord-og-fjell-2026";

    @Autowired
    UserAdminService admin;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    TemporaryPasswords temporaryPasswords;
    @Autowired
    WebLogins web;
    @Autowired
    MailLinks mailLinks;

    /** The customer the test's customer logins belong to. */
    private TestCustomer customer;

    /** A new user made by the admin, with a temporary password as a fresh install's first admin has; returns it. */
    private String newLogin(String username, Role role) {
        signIn.as(ADMIN);
        var form = new NewUser();
        form.setUsername(username);
        form.setDisplayName("Ny Bruker");
        form.setRole(role);
        if (role.isCustomerLogin()) {
            customer = testCustomers.create();
            form.setCustomerId(customer.id().value());
        }
        admin.create(form);
        signIn.out();
        return temporaryPasswords.give(username);
    }

    private void fill(String current, String next, String repeat) {
        type(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        type(_get(PasswordField.class, spec -> spec.withId("new-password")), next);
        type(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeat);
        _click(_get(Button.class, spec -> spec.withId("save-password")));
    }

    @Test
    void a_new_login_must_replace_its_temporary_password_before_anything_else() {
        var username = "ny-" + UUID.randomUUID() + "@kunde.no";
        var temporary = newLogin(username, Role.CUSTOMER_EDITOR);
        loginAs(username);
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
        UI.getCurrent().navigate("customers/" + customer.slug());
        assertThat(currentView()).as("nowhere else first").isEqualTo(ChangePasswordView.class);

        fill(temporary, "kort", "kort");
        var next = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).isEqualTo("Passordet må ha minst 12 tegn");

        fill(temporary, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(currentView()).as("its own customer's page").isEqualTo(OkrView.class);
        UI.getCurrent().navigate("account/password");
        assertThat(currentView()).as("by choice now").isEqualTo(ChangePasswordView.class);
    }

    @Test
    void a_wrong_current_password_is_said_at_its_field_and_the_new_one_is_kept() {
        var username = "feil-" + UUID.randomUUID() + "@ambisjon.no";
        var temporary = newLogin(username, Role.CONSULTANT);
        loginAs(username);
        fill(temporary + "x", NEW_PASSWORD, NEW_PASSWORD);
        var current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Nåværende passord er feil");
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getValue()).isEqualTo(NEW_PASSWORD);

        fill(temporary, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeat-password")).getErrorMessage())
                .isEqualTo("Passordene er ikke like");

        fill(temporary, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(currentView()).isEqualTo(HomeView.class);
    }

    @Test
    void a_customer_login_never_gets_an_agency_role_and_only_admins_manage_users() {
        var username = "kunde-" + UUID.randomUUID() + "@kunde.no";
        newLogin(username, Role.CUSTOMER_VIEWER);
        signIn.as(ADMIN);
        var user = admin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThatThrownBy(() -> admin.update(user.id(), user.version(), UserChange.of(user, Role.CONSULTANT, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> admin.update(user.id(), user.version(), UserChange.of(user, Role.ADMIN, true)))
                .isInstanceOf(IllegalArgumentException.class);
        admin.update(user.id(), user.version(), UserChange.of(user, Role.CUSTOMER_EDITOR, true));

        signIn.as(customer.consultant());
        assertThatThrownBy(admin::users).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.sendPasswordLink(user.id())).isInstanceOf(AccessDeniedException.class);
        signIn.as(customer.editor());
        assertThatThrownBy(() -> admin.update(user.id(), user.version() + 1, UserChange.of(user, user.role(), false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deactivating_a_user_ends_the_open_session() {
        var username = "aktiv-" + UUID.randomUUID() + "@ambisjon.no";
        var temporary = newLogin(username, Role.CONSULTANT);
        loginAs(username);
        fill(temporary, NEW_PASSWORD, NEW_PASSWORD);

        signIn.onAnotherDevice(ADMIN, () -> {
            var user = admin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
            admin.update(user.id(), user.version(), UserChange.of(user, user.role(), false));
        });
        MockVaadin.runUIQueue();

        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the session's sign-in").isNull();
        assertThat(sentTo("login?ended=ACCESS_CHANGED")).as("the open screen goes to the login page").isTrue();
    }

    @Test
    void a_mailed_link_to_sign_in_opens_a_page_that_posts_it_and_spends_nothing_by_being_opened() throws Exception {
        var username = testCustomers.consultant();
        for (int i = 0; i < 10; i++) {
            web.login(username, "feil-passord-" + i, WebLogins.newAddress());
        }
        web.login(username, TestCustomers.PASSWORD, WebLogins.newAddress());
        var token = mailLinks.signInToken(username);

        openAnonymously();
        VaadinServletRequest.getCurrent().setAttribute(CsrfToken.class.getName(),
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "skjemaets-token"));
        UI.getCurrent().navigate("login/link", QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sign-in-link-intro")).getText()).contains(username);
        var form = _get(Component.class, spec -> spec.withId("sign-in-link-form")).getElement();
        assertThat(form.getAttribute("method")).isEqualTo("post");
        assertThat(form.getAttribute("action")).isEqualTo("login/link");
        assertThat(form.getChildren().filter(e -> "input".equals(e.getTag()))
                .map(e -> e.getAttribute("name") + "=" + e.getProperty("value")))
                .containsExactly("token=" + token, "_csrf=skjemaets-token");

        UI.getCurrent().navigate("login/link", QueryParameters.of("token", token));
        assertThat(_find(Component.class, spec -> spec.withId("sign-in-link-form"))).as("opened twice, still there").hasSize(1);
        UI.getCurrent().navigate("login/link", QueryParameters.of("token", "feil"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sign-in-link-gone")).getText()).startsWith("Lenken virker ikke lenger");
    }

    /** What the forgot-password page says once the address is sent, with the address itself left out. */
    private String forgotPasswordAnswer(String address) {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        type(_get(com.vaadin.flow.component.textfield.EmailField.class, spec -> spec.withId("forgot-password-email")), address);
        _click(_get(Button.class, spec -> spec.withId("forgot-password-send")));
        return _get(Paragraph.class, spec -> spec.withId("forgot-password-sent")).getText().replace(address, "…");
    }

    @Test
    void forgot_password_on_the_login_page_says_the_same_for_an_unknown_address_and_mails_a_known_one() {
        var known = testCustomers.consultant();
        openAnonymously();
        UI.getCurrent().navigate(LoginView.class);
        var form = _get(com.vaadin.flow.component.login.LoginForm.class);
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Glemt passord?");
        com.vaadin.flow.component.ComponentUtil.fireEvent(form,
                new com.vaadin.flow.component.login.AbstractLogin.ForgotPasswordEvent(form, true));
        assertThat(currentView()).isEqualTo(ForgotPasswordView.class);

        var toNobody = forgotPasswordAnswer("ingen-" + UUID.randomUUID() + "@eksempel.no");
        var toSomebody = forgotPasswordAnswer(known);

        assertThat(toSomebody).isEqualTo(toNobody).startsWith("Hvis … hører til en bruker i Ambisjon");
        assertThat(mailLinks.passwordToken(known)).as("the known address got the mail").isNotBlank();
    }

    @Test
    void choosing_a_password_with_the_mailed_link_signs_in_on_a_new_session_and_goes_home() {
        var username = "valgt-" + UUID.randomUUID() + "@eksempel.no";
        newLogin(username, Role.CONSULTANT);
        var token = mailLinks.passwordToken(username);
        openAnonymously();
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var before = request.getSession().getId();
        UI.getCurrent().navigate("set-password", QueryParameters.of("token", token));

        type(_get(PasswordField.class, spec -> spec.withId("new-password")), NEW_PASSWORD);
        type(_get(PasswordField.class, spec -> spec.withId("repeat-password")), NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo(username);
        var session = request.getSession(false);
        assertThat(session.getId()).as("a new session id").isNotEqualTo(before);
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).as("the sign-in is kept in the session")
                .isInstanceOfSatisfying(org.springframework.security.core.context.SecurityContext.class,
                        context -> assertThat(context.getAuthentication().getName()).isEqualTo(username));
        assertThat(sentTo("/")).as("the page loads again, on the user's home").isTrue();
    }
}
