package no.ambisjon.portfolio.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import no.ambisjon.KaribuTest;
import no.ambisjon.okr.ui.OkrView;
import no.ambisjon.security.ui.LoginView;
import no.ambisjon.shell.NotFoundView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HomeAndCustomerPageTest extends KaribuTest {

    private static List<String> customerCards() {
        return _find(RouterLink.class, spec -> spec.withClasses("customer-card")).stream()
                .map(RouterLink::getHref).toList();
    }

    static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
    }

    @Test
    void an_admin_lands_on_the_list_of_every_customer() {
        loginAs(ADMIN);
        assertThat(currentView()).isEqualTo(HomeView.class);
        assertThat(customerCards()).containsExactly(
                "customers/" + BOLGEN, "customers/" + FJELLSPORT, "customers/" + OKOGARD);
    }

    @Test
    void a_consultant_lands_on_the_assigned_customers_only() {
        loginAs(KARI);
        assertThat(currentView()).isEqualTo(HomeView.class);
        assertThat(customerCards()).containsExactly("customers/" + BOLGEN, "customers/" + FJELLSPORT);
        closeBrowser();
        loginAs(OLA);
        assertThat(customerCards()).containsExactly("customers/" + OKOGARD);
    }

    @Test
    void a_customer_card_opens_that_customers_page() {
        loginAs(KARI);
        navigate(customerCards().getLast());
        assertThat(currentView()).isEqualTo(OkrView.class);
        assertThat(_get(H1.class, spec -> spec.withId("customer-name")).getText()).isEqualTo("Fjellsport AS");
    }

    @ParameterizedTest
    @ValueSource(strings = {FJELLSPORT_EDITOR, FJELLSPORT_VIEWER})
    void a_customer_login_lands_on_its_own_customers_page(String username) {
        loginAs(username);
        assertThat(currentView()).isEqualTo(OkrView.class);
        assertThat(_get(H1.class, spec -> spec.withId("customer-name")).getText()).isEqualTo("Fjellsport AS");
        assertThat(_find(RouterLink.class, spec -> spec.withClasses("customer-card"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {FJELLSPORT_EDITOR, FJELLSPORT_VIEWER})
    void a_customer_login_typing_another_customers_address_sees_not_found(String username) {
        loginAs(username);
        navigate("customers/" + BOLGEN);
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        assertThat(_find(H1.class, spec -> spec.withId("customer-name"))).isEmpty();
    }

    @Test
    void another_customers_page_looks_exactly_like_one_that_does_not_exist() {
        loginAs(FJELLSPORT_EDITOR);
        navigate("customers/" + OKOGARD);
        var foreign = UI.getCurrent().getElement().getOuterHTML();
        navigate("customers/no-such-customer");
        var unknown = UI.getCurrent().getElement().getOuterHTML();
        assertThat(foreign).doesNotContain("Økogård").isEqualTo(unknown);
    }

    @Test
    void a_consultant_typing_an_unassigned_customers_address_sees_not_found() {
        loginAs(OLA);
        navigate("customers/" + FJELLSPORT);
        assertThat(currentView()).isEqualTo(NotFoundView.class);
    }

    @Test
    void a_visitor_who_has_not_logged_in_is_sent_to_login() {
        openAnonymously();
        navigate("");
        assertThat(currentView()).isEqualTo(LoginView.class);
        navigate("customers/" + FJELLSPORT);
        assertThat(currentView()).isEqualTo(LoginView.class);
        assertThat(_find(H1.class, spec -> spec.withId("customer-name"))).isEmpty();
    }
}
