package no.ambisjon.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.ambisjon.KaribuTest;
import no.ambisjon.MailLinks;
import no.ambisjon.TestCustomers;
import no.ambisjon.WebLogins;
import no.ambisjon.customer.CustomerAdminService;
import no.ambisjon.customer.CustomerForm;
import no.ambisjon.customer.CustomerRow;
import no.ambisjon.okr.ui.OkrView;
import no.ambisjon.portfolio.CustomerStanding;
import no.ambisjon.security.Role;
import no.ambisjon.security.TestSignIns;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserChange;
import no.ambisjon.security.UserRow;
import no.ambisjon.shell.NotFoundView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The administration as an admin uses it, and as everyone else is kept out of it. */
class AdministrationScreensTest extends KaribuTest {

    private static final String NEW_PASSWORD = "nordlys-over-fjorden";

    @Autowired
    CustomerAdminService customerAdmin;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    TestSignIns logins;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    WebLogins web;
    @Autowired
    MailLinks mailLinks;

    /** Customers made here are deactivated afterwards, so that other tests see the demo customers only. */
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deactivateCreatedCustomers() {
        signIn.as(ADMIN);
        customerAdmin.customers().stream().filter(c -> created.contains(c.slug()) && c.active())
                .forEach(c -> customerAdmin.setActive(c.id(), c.version(), false));
        signIn.out();
    }

    private static <T> List<T> rows(String gridId) {
        @SuppressWarnings("unchecked")
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    private static void confirm(String id) {
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId(id)));
    }

    /** Clicks a button in the actions cell of a customer's row, as the grid renders it. */
    private static void clickInRow(String slug, String buttonId) {
        @SuppressWarnings("unchecked")
        Grid<CustomerRow> grid = _get(Grid.class, spec -> spec.withId("customers"));
        var index = GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(CustomerRow::slug).toList().indexOf(slug);
        var cell = GridKt._getCellComponent(grid, index, "actions");
        _click(_get(cell, Button.class, spec -> spec.withId(buttonId)));
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    /** Asks a service as the admin, then puts back whoever was signed in on this thread. */
    private <T> T asAdmin(Supplier<T> question) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        signIn.as(ADMIN);
        try {
            return question.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private UserRow user(String username) {
        return asAdmin(() -> userAdmin.users().stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow());
    }

    private long userId(String username) {
        return user(username).id();
    }

    private CustomerRow customer(String slug) {
        return asAdmin(() -> customerAdmin.customers().stream().filter(c -> c.slug().equals(slug))
                .findFirst().orElseThrow());
    }

    /** Fills in the new-customer dialog as an admin would; the address follows the name. */
    private void createCustomer(String name, String shortNames, Set<Long> consultants) {
        navigate("admin/customers");
        click("new-customer");
        type(_get(TextField.class, spec -> spec.withId("customer-name-field")), name);
        type(_get(TextField.class, spec -> spec.withId("customer-short-names")), shortNames);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Long> picker = _get(MultiSelectComboBox.class, spec -> spec.withId("customer-consultants"));
        type(picker, consultants);
        created.add(_get(TextField.class, spec -> spec.withId("customer-slug")).getValue());
        click("save");
    }

    /** Fills in the new-user dialog; returns the token of the link the new user is mailed. */
    @SuppressWarnings("unchecked")
    private String createLogin(String username, String name, Role role, Long customerId) {
        navigate("admin/users");
        click("new-user");
        type(_get(EmailField.class, spec -> spec.withId("user-username")), username);
        type(_get(TextField.class, spec -> spec.withId("user-display-name")), name);
        type(_get(Select.class, spec -> spec.withId("user-role-field")), role);
        if (customerId != null) {
            type(_get(ComboBox.class, spec -> spec.withId("user-customer")), customerId);
        }
        click("save");
        return mailLinks.passwordToken(username);
    }

    /** Follows the mailed link, signed out, and chooses a password there. */
    private void choosePassword(String token, String password) {
        openAnonymously();
        UI.getCurrent().navigate("set-password", QueryParameters.of("token", token));
        type(_get(PasswordField.class, spec -> spec.withId("new-password")), password);
        type(_get(PasswordField.class, spec -> spec.withId("repeat-password")), password);
        click("save-password");
    }

    @Test
    void an_admin_sets_up_a_new_customer_that_its_consultant_and_its_own_login_then_see() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var name = "Nordlys Reiser " + suffix;
        var slug = "nordlys-reiser-" + suffix;
        var username = "hilde-" + suffix + "@nordlys.no";
        var consultant = testCustomers.consultant();

        loginAs(ADMIN);
        createCustomer(name, "Nordlys, NR", Set.of(userId(consultant)));
        assertThat(created).containsExactly(slug);
        List<CustomerRow> customers = rows("customers");
        assertThat(customers).filteredOn(c -> c.slug().equals(slug)).singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo(name);
                    assertThat(c.shortNames()).containsExactly("NR", "Nordlys");
                    assertThat(c.consultants()).containsExactly(user(consultant).displayName());
                });
        var token = createLogin(username, "Hilde Nordlys", Role.CUSTOMER_EDITOR, customer(slug).id());
        List<UserRow> users = rows("users");
        assertThat(users).filteredOn(u -> u.username().equals(username)).singleElement()
                .satisfies(u -> assertThat(u.mustChangePassword()).as("no password anyone but she knows").isFalse());
        assertThat(statusOf(_get(Grid.class, spec -> spec.withId("users")), username)).isEqualTo("Invitert");

        loginAs(consultant);
        List<CustomerStanding> overview = rows("customer-overview");
        assertThat(overview).extracting(s -> s.customer().slug()).containsExactly(slug);

        choosePassword(token, NEW_PASSWORD);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).as("signed in at once").isEqualTo(username);
        assertThat(WebLogins.refused(web.login(username, NEW_PASSWORD, WebLogins.newAddress()))).isFalse();
        loginAs(ADMIN);
        navigate("admin/users");
        assertThat(statusOf(_get(Grid.class, spec -> spec.withId("users")), username)).isEqualTo("Aktiv");
        loginAs(username);
        assertThat(currentView()).isEqualTo(OkrView.class);
        assertThat(_get(H1.class, spec -> spec.withId("customer-name")).getText()).isEqualTo(name);
        navigate("customers/" + FJELLSPORT);
        assertThat(currentView()).as("no other customer").isEqualTo(NotFoundView.class);
    }

    @Test
    void a_taken_or_malformed_address_is_explained_at_the_field_and_nothing_typed_is_lost() {
        loginAs(ADMIN);
        navigate("admin/customers");
        click("new-customer");
        var name = _get(TextField.class, spec -> spec.withId("customer-name-field"));
        var slug = _get(TextField.class, spec -> spec.withId("customer-slug"));
        type(name, "Fjellsport");
        type(_get(TextField.class, spec -> spec.withId("customer-short-names")), "FS");
        assertThat(slug.getValue()).isEqualTo(FJELLSPORT);
        click("save");
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).isEqualTo("En annen kunde bruker allerede denne nettadressen");
        assertThat(name.getValue()).isEqualTo("Fjellsport");
        assertThat(_get(TextField.class, spec -> spec.withId("customer-short-names")).getValue()).isEqualTo("FS");

        type(slug, "Fjell Sport!");
        click("save");
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).startsWith("Bruk bare små bokstaver");
        assertThat(_find(TextField.class, spec -> spec.withId("customer-slug"))).as("the dialog is still open").hasSize(1);
    }

    @Test
    void a_deactivated_customer_logs_its_people_out_and_leaves_the_consultants_overview() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "stengt-" + suffix + "@kunde.no";
        var consultant = testCustomers.consultant();
        loginAs(ADMIN);
        createCustomer("Stengt Kunde " + suffix, "", Set.of(userId(consultant)));
        var slug = created.getFirst();
        createLogin(username, "Stine Stengt", Role.CUSTOMER_VIEWER, customer(slug).id());
        assertThat(logins.mayLogIn(username)).isTrue();

        navigate("admin/customers");
        clickInRow(slug, "deactivate-" + slug);
        confirm("confirm-active");
        assertThat(customer(slug).active()).isFalse();
        List<CustomerRow> customers = rows("customers");
        assertThat(customers).filteredOn(c -> c.slug().equals(slug)).singleElement()
                .satisfies(c -> assertThat(c.active()).isFalse());
        assertThat(logins.mayLogIn(username)).as("its logins cannot sign in").isFalse();
        navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<UserRow> users = _get(Grid.class, spec -> spec.withId("users"));
        var index = GridKt._fetch(users, 0, GridKt._size(users)).stream().map(UserRow::username).toList().indexOf(username);
        assertThat(((Span) GridKt._getCellComponent(users, index, "status")).getText()).isEqualTo("Kunden er deaktivert");

        loginAs(consultant);
        assertThat(_find(Grid.class, spec -> spec.withId("customer-overview"))).as("no customer left").isEmpty();
        navigate("customers/" + slug);
        assertThat(currentView()).isEqualTo(NotFoundView.class);

        loginAs(ADMIN);
        navigate("admin/customers");
        clickInRow(slug, "activate-" + slug);
        confirm("confirm-active");
        assertThat(logins.mayLogIn(username)).isTrue();
    }

    @Test
    void a_customer_login_is_offered_only_customer_roles_and_an_admin_cannot_lock_themselves_out() {
        var username = "rolle-" + UUID.randomUUID() + "@kunde.no";
        var testCustomer = testCustomers.create();
        loginAs(ADMIN);
        createLogin(username, "Rolf Rolle", Role.CUSTOMER_VIEWER, testCustomer.id().value());

        navigate("admin/users");
        List<UserRow> users = rows("users");
        var row = users.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        var dialog = _get(UsersView.class).openEdit(row);
        assertThat(dialog.role.getListDataView().getItems()).containsExactly(Role.CUSTOMER_EDITOR, Role.CUSTOMER_VIEWER);
        type(dialog.role, Role.CUSTOMER_EDITOR);
        type(dialog.active, false);
        click("save");
        var saved = userAdmin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(saved.role()).isEqualTo(Role.CUSTOMER_EDITOR);
        assertThat(saved.active()).isFalse();
        assertThat(logins.mayLogIn(username)).isFalse();

        var me = users.stream().filter(u -> u.username().equals(ADMIN)).findFirst().orElseThrow();
        var own = _get(UsersView.class).openEdit(me);
        assertThat(own.role.isReadOnly()).isTrue();
        assertThat(own.active.isReadOnly()).isTrue();
        assertThatThrownBy(() -> userAdmin.update(me.id(), me.version(), UserChange.of(me, Role.CONSULTANT, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_locked_user_shows_as_locked_and_a_new_password_link_lifts_the_lock() throws Exception {
        var username = testCustomers.consultant();
        var address = WebLogins.newAddress();
        for (int i = 0; i < 5; i++) {
            web.login(username, "feil-passord-" + i, address);
        }
        loginAs(ADMIN);
        navigate("admin/users");
        Grid<UserRow> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(statusOf(grid, username)).isEqualTo("Sperret fra én adresse til 18. nov. 2026, 09:15");

        _get(UsersView.class).openEdit(user(username));
        click("send-password-link");
        confirm("confirm-send-link");

        navigate("admin/users");
        assertThat(statusOf(_get(Grid.class, spec -> spec.withId("users")), username)).isEqualTo("Aktiv");
        assertThat(WebLogins.refused(web.login(username, TestCustomers.PASSWORD, address)))
                .as("the password still works until a new one is chosen, from the same address too").isFalse();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String statusOf(Grid grid, String username) {
        List<UserRow> users = GridKt._fetch(grid, 0, GridKt._size(grid));
        var index = users.stream().map(UserRow::username).toList().indexOf(username);
        return GridKt._getCellComponent(grid, index, "status").getElement().getTextRecursively().replace('\u00a0', ' ');
    }

    @Test
    void a_new_password_link_replaces_the_older_one_which_then_says_it_no_longer_works() throws Exception {
        var username = "glemsk-" + UUID.randomUUID() + "@ambisjon.no";
        loginAs(ADMIN);
        var first = createLogin(username, "Glenn Glemsk", Role.CONSULTANT, null);
        List<UserRow> users = rows("users");
        _get(UsersView.class).openEdit(users.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow());
        click("send-password-link");
        confirm("confirm-send-link");
        var second = mailLinks.passwordToken(username);
        assertThat(second).isNotEqualTo(first);

        openAnonymously();
        UI.getCurrent().navigate("set-password", QueryParameters.of("token", first));
        assertThat(_get(Paragraph.class, spec -> spec.withId("set-password-gone")).getText())
                .contains("virker ikke lenger");
        _assertNone(PasswordField.class);

        choosePassword(second, "kort");
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage())
                .as("said at the field").isNotBlank();
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeat-password")).getValue())
                .as("nothing typed is lost").isEqualTo("kort");
        type(_get(PasswordField.class, spec -> spec.withId("new-password")), NEW_PASSWORD);
        type(_get(PasswordField.class, spec -> spec.withId("repeat-password")), NEW_PASSWORD);
        click("save-password");
        assertThat(WebLogins.refused(web.login(username, NEW_PASSWORD, WebLogins.newAddress()))).isFalse();
    }

    @Test
    void two_admins_saving_the_same_customer_get_a_conflict_instead_of_an_overwrite() {
        loginAs(ADMIN);
        createCustomer("Samtidig " + UUID.randomUUID().toString().substring(0, 8), "", Set.of());
        var slug = created.getFirst();
        navigate("admin/customers");
        List<CustomerRow> customers = rows("customers");
        var row = customers.stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
        var dialog = _get(CustomersView.class).openEdit(row);

        var consultant = testCustomers.consultant();
        var form = CustomerForm.of(row);
        form.setConsultantIds(Set.of(userId(consultant)));
        asAdmin(() -> {
            customerAdmin.update(row.id(), row.version(), form);
            return null;
        });

        type(dialog.shortNames, "Mitt kortnavn");
        click("save");
        assertThat(_get(Div.class, spec -> spec.withClasses("form-problem")).getText())
                .startsWith("Noen andre har lagret endringer her");
        assertThat(dialog.shortNames.getValue()).isEqualTo("Mitt kortnavn");
        assertThat(customer(slug).consultants()).as("the other admin's change stands")
                .containsExactly(user(consultant).displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {KARI, FJELLSPORT_EDITOR, FJELLSPORT_VIEWER})
    void no_one_but_an_admin_opens_the_administration(String user) {
        loginAs(user);
        for (var page : List.of("admin/customers", "admin/users", "admin/audit")) {
            assertThatThrownBy(() -> navigate(page)).as(page).isInstanceOf(MockAccessDeniedException.class);
        }
        assertThatThrownBy(customerAdmin::customers).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> customerAdmin.create(new CustomerForm()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(userAdmin::users).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var bolgen = customer(BOLGEN);
        assertThatThrownBy(() -> customerAdmin.update(bolgen.id(), bolgen.version(), CustomerForm.of(bolgen)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> customerAdmin.setActive(bolgen.id(), bolgen.version(), false))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(customer(BOLGEN).active()).isTrue();
    }

    @Test
    void deactivating_a_customer_ends_the_open_sessions_of_its_logins() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var username = "innlogget-" + suffix + "@kunde.no";
        loginAs(ADMIN);
        createCustomer("Innlogget Kunde " + suffix, "", Set.of());
        var slug = created.getFirst();
        var token = createLogin(username, "Ine Innlogget", Role.CUSTOMER_EDITOR, customer(slug).id());
        closeBrowser();
        choosePassword(token, NEW_PASSWORD);

        loginAs(username);
        assertThat(currentView()).isEqualTo(OkrView.class);

        signIn.onAnotherDevice(ADMIN, () -> {
            var row = customerAdmin.customers().stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
            customerAdmin.setActive(row.id(), row.version(), false);
        });
        MockVaadin.runUIQueue(true);

        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the session's sign-in").isNull();
        assertThat(sentTo("login?ended=ACCESS_CHANGED")).as("the open screen is sent to the login page, which says why")
                .isTrue();
    }
}
