package no.ambisjon.portfolio.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import no.ambisjon.portfolio.CustomerStanding;
import java.util.List;
import no.ambisjon.KaribuTest;
import no.ambisjon.okr.ui.OkrView;
import no.ambisjon.security.ui.LoginView;
import no.ambisjon.shell.NotFoundView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HomeAndCustomerPageTest extends KaribuTest {

    /** The customers the overview lists, in its order, as the addresses a click opens. */
    private static List<String> customerCards() {
        return shown().stream().map(s -> "customers/" + s.customer().slug()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CustomerStanding> overview() {
        return _get(Grid.class, spec -> spec.withId("customer-overview"));
    }

    private static List<CustomerStanding> shown() {
        var grid = overview();
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    /** Those of the overview's customers that the demo data made, in its order: tests make customers of their own. */
    private static List<String> demoCustomers() {
        return customerCards().stream().filter(DEMO::contains).toList();
    }

    private static final List<String> DEMO = List.of("customers/" + BOLGEN, "customers/" + FJELLSPORT, "customers/" + OKOGARD);

    @Test
    void an_admin_lands_on_the_list_of_every_customer() {
        loginAs(ADMIN);
        assertThat(currentView()).isEqualTo(HomeView.class);
        assertThat(demoCustomers()).as("in alphabetical order").containsExactlyElementsOf(DEMO);
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
    void a_click_on_a_customer_opens_its_page() {
        loginAs(KARI);
        GridKt._clickItem(overview(), 1);
        assertThat(currentView()).isEqualTo(OkrView.class);
        assertThat(_get(H1.class, spec -> spec.withId("customer-name")).getText()).isEqualTo("Fjellsport AS");
    }

    @Test
    void the_overview_shows_how_each_customer_stands_this_quarter() {
        loginAs(KARI);
        var fjellsport = shown().get(1);
        assertThat(fjellsport.customer().slug()).isEqualTo(FJELLSPORT);
        assertThat(fjellsport.objectives()).isEqualTo(2);
        assertThat(fjellsport.keyResults()).isEqualTo(7);
        assertThat(fjellsport.behind()).isPositive();
        assertThat(fjellsport.daysSinceCheckIn()).isBetween(0, 7);
        assertThat(GridKt._getCellComponent(overview(), 1, "coach").getElement().getText()).matches("[0-2] av 2 mål");
        assertThat(fjellsport.nextMeeting()).as("the demo's planned meeting").isNotNull();
        assertThat(GridKt._getCellComponent(overview(), 1, "customer").getElement().getText()).isEqualTo("Fjellsport AS");
    }

    @Test
    void the_overview_flags_a_customer_without_a_check_in_for_two_weeks() {
        loginAs(KARI);
        var bolgen = shown().getFirst();
        assertThat(bolgen.customer().slug()).isEqualTo(BOLGEN);
        assertThat(bolgen.daysSinceCheckIn()).isGreaterThan(CustomerStanding.STALE_AFTER_DAYS);
        assertThat(bolgen.stale()).isTrue();
        var cell = GridKt._getCellComponent(overview(), 0, "last-check-in");
        assertThat(cell.getElement().getClassList()).contains("stale");
        assertThat(cell.getElement().getTextRecursively()).contains(bolgen.daysSinceCheckIn() + " dager siden");
        assertThat(GridKt._getCellComponent(overview(), 1, "last-check-in").getElement().getClassList())
                .doesNotContain("stale");
    }

    @Test
    void the_overview_filters_by_name_and_by_what_needs_following_up_and_sorts() {
        loginAs(ADMIN);
        type(_get(TextField.class, spec -> spec.withId("overview-search")), "FJELLSPORT");
        assertThat(customerCards()).containsExactly("customers/" + FJELLSPORT);
        type(_get(TextField.class, spec -> spec.withId("overview-search")), "");
        type(_get(Checkbox.class, spec -> spec.withId("overview-attention")), true);
        assertThat(shown()).isNotEmpty().allMatch(CustomerStanding::needsAttention);
        type(_get(Checkbox.class, spec -> spec.withId("overview-attention")), false);
        GridKt._sortByKey(overview(), "last-check-in", SortDirection.DESCENDING);
        assertThat(demoCustomers().getFirst()).as("longest without a check-in first").isEqualTo("customers/" + BOLGEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {FJELLSPORT_EDITOR, FJELLSPORT_VIEWER})
    void a_customer_login_lands_on_its_own_customers_page(String username) {
        loginAs(username);
        assertThat(currentView()).isEqualTo(OkrView.class);
        assertThat(_get(H1.class, spec -> spec.withId("customer-name")).getText()).isEqualTo("Fjellsport AS");
        assertThat(_find(Grid.class, spec -> spec.withId("customer-overview"))).isEmpty();
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
