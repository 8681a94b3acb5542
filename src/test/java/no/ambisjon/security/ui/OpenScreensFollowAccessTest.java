package no.ambisjon.security.ui;

import no.ambisjon.okr.ui.RowButtons;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.time.Duration;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.admin.ui.UsersView;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.ui.OkrView;
import no.ambisjon.security.AccessEndedException;
import no.ambisjon.security.Role;
import no.ambisjon.security.TestSignIns;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Screens a user keeps open while an administrator changes what the user may do: nothing is done
 * with rights that were taken away, not by the screen and not by its services, and the screen is
 * sent to the login page, which says why.
 */
class OpenScreensFollowAccessTest extends KaribuTest {

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    TestSignIns signIns;
    @Autowired
    OkrQueryService okrs;

    /** What a user edits a customer's OKRs with, on the page shown (not the menu around it). */
    private static int editControls() {
        return _find(page(), Button.class).size() + (int) keyResultRows().stream().filter(RowButtons::any).count();
    }

    private static List<Component> keyResultRows() {
        return _find(page(), Component.class, spec -> spec.withClasses("key-result-row"));
    }

    private static Component page() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private void openOkrs(TestCustomer customer, OkrFixtures.Made made) {
        UI.getCurrent().navigate("customers/" + customer.slug(), QueryParameters.of("quarter", made.quarter().toString()));
    }

    private void changeRole(String username, Role role) {
        signIn.onAnotherDevice(ADMIN, () -> {
            var user = userAdmin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
            userAdmin.update(user.id(), user.version(), UserChange.of(user, role, true));
        });
    }

    @Test
    void an_editor_made_a_viewer_with_her_page_open_checks_in_no_more_and_sees_no_edit_controls() {
        var customer = testCustomers.create();
        var made = okr.objective(customer, 2, 0);
        loginAs(customer.editor());
        openOkrs(customer, made);
        assertThat(currentView()).isEqualTo(OkrView.class);
        assertThat(editControls()).as("the editor's page").isPositive();

        changeRole(customer.editor(), Role.CUSTOMER_VIEWER);

        awaitPush("the open screen is sent to the login page", () -> sentTo("login?ended=ACCESS_CHANGED"));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the session's sign-in").isNull();
        assertThatThrownBy(() -> keyResults.checkIn(made.keyResult(), OkrFixtures.checkIn("150", Confidence.ON_TRACK)))
                .as("her screen's call to the service").isInstanceOfAny(AccessDeniedException.class,
                        AuthenticationException.class);
        signIn.onAnotherDevice(customer.consultant(), () -> assertThat(okrs.keyResult(made.keyResult()).history())
                .as("no check-in landed").isEmpty());

        loginAs(customer.editor());
        openOkrs(customer, made);
        assertThat(currentView()).as("signed in again").isEqualTo(OkrView.class);
        assertThat(editControls()).isZero();
        assertThat(text(page())).contains(made.title());
    }

    @Test
    void an_admin_made_a_consultant_cannot_open_the_user_administration_any_more() {
        var username = testCustomers.consultant();
        changeRole(username, Role.ADMIN);
        loginAs(username);
        navigate("admin/users");
        assertThat(currentView()).isEqualTo(UsersView.class);

        changeRole(username, Role.CONSULTANT);

        awaitPush("the open screen is sent to the login page", () -> sentTo("login?ended=ACCESS_CHANGED"));
        assertThatThrownBy(() -> userAdmin.users()).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationException.class);
        loginAs(username);
        assertThatThrownBy(() -> navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_sign_in_older_than_a_session_may_last_opens_nothing_and_the_page_says_why() {
        var customer = testCustomers.create();
        var made = okr.objective(customer, 1, 0);
        loginAs(signIns.of(customer.editor(), FixedClockConfig.NOW.toInstant().minus(Duration.ofHours(13))));

        openOkrs(customer, made);

        assertThat(currentView()).isEqualTo(SessionEndedPage.class);
        assertThat(text(page())).isEqualTo("Du har vært innlogget lenge, så du er logget ut. Logg inn igjen for å fortsette.");
        assertThat(editControls()).isZero();
        assertThatThrownBy(() -> keyResults.checkIn(made.keyResult(), OkrFixtures.checkIn("150", Confidence.ON_TRACK)))
                .isInstanceOf(AccessEndedException.class);
    }

    @Test
    void a_viewer_made_an_editor_gets_the_edit_controls_without_signing_in_again() {
        var customer = testCustomers.create();
        var made = okr.objective(customer, 1, 0);
        loginAs(customer.viewer());
        openOkrs(customer, made);
        assertThat(editControls()).isZero();

        changeRole(customer.viewer(), Role.CUSTOMER_EDITOR);

        openOkrs(customer, made);
        assertThat(currentView()).isEqualTo(OkrView.class);
        assertThat(editControls()).isPositive();
        type(awaitCheckInField(), "120");
    }

    private static TextField awaitCheckInField() {
        RowButtons.click(keyResultRows().getFirst(), RowButtons.CHECK_IN);
        return _get(TextField.class, spec -> spec.withId("check-in-value"));
    }
}
