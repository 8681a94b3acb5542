package no.ambisjon.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    TestCustomers testCustomers;

    private TestCustomer customer;

    /** Logins of the test's own, whose languages it may change. */
    @BeforeEach
    void aCustomer() {
        customer = testCustomers.create();
    }

    private static List<String> navigationLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private static String textOf(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void the_drawer_shows_who_is_signed_in_and_in_which_role() {
        loginAs(customer.consultant());
        assertThat(textOf("user-name")).isEqualTo(customer.consultantName());
        assertThat(textOf("user-role")).isEqualTo("Konsulent");
        loginAs(customer.viewer());
        assertThat(textOf("user-name")).isEqualTo(customer.viewerName());
        assertThat(textOf("user-role")).isEqualTo("Leser");
    }

    @Test
    void the_navigation_lists_what_the_role_may_open() {
        loginAs(ADMIN);
        assertThat(navigationLabels()).containsExactly("Oversikt", "Kunder", "Brukere", "Logg", "Utboks");
        loginAs(customer.consultant());
        assertThat(navigationLabels()).containsExactly("Oversikt");
        loginAs(customer.editor());
        assertThat(navigationLabels()).containsExactly("Oversikt");
    }

    @Test
    void switching_to_english_changes_every_text_and_is_remembered_at_the_next_login() {
        loginAs(customer.consultant());
        assertThat(navigationLabels()).containsExactly("Oversikt");
        _click(_get(Button.class, spec -> spec.withId("language-en")));

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(navigationLabels()).containsExactly("Overview");
        assertThat(textOf("user-role")).isEqualTo("Consultant");
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Sign out");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Kunder", "Logg ut");

        closeBrowser();
        loginAs(customer.consultant());
        assertThat(navigationLabels()).containsExactly("Overview");
        assertThat(accountLanguage(customer.consultant())).isEqualTo(Language.EN);
    }

    @Test
    void one_users_language_does_not_change_anothers() {
        loginAs(customer.viewer());
        _click(_get(Button.class, spec -> spec.withId("language-en")));
        closeBrowser();
        loginAs(customer.consultant());
        assertThat(navigationLabels()).containsExactly("Oversikt");
    }

    @Test
    void logging_out_is_offered_to_everyone() {
        loginAs(customer.viewer());
        assertThat(_find(Button.class, spec -> spec.withId("logout"))).hasSize(1);
    }

    private Language accountLanguage(String username) {
        signIn.as(username);
        return accounts.language();
    }
}
