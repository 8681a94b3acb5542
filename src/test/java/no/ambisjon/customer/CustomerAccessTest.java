package no.ambisjon.customer;

import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.base.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who sees which customer, asked of the services the views use, as an attacker would ask them. */
@IntegrationTest
class CustomerAccessTest {

    private static final long UNKNOWN_ID = 987_654_321L;

    @Autowired
    CustomerService customers;
    @Autowired
    TenantGuard tenantGuard;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private List<String> visibleSlugs() {
        return customers.visibleCustomers().stream().map(CustomerSummary::slug).toList();
    }

    private CustomerId idOf(String slug) {
        signIn.as(ADMIN);
        var id = customers.getBySlug(slug).id();
        signIn.out();
        return id;
    }

    @Test
    void an_admin_sees_every_customer() {
        signIn.as(ADMIN);
        assertThat(visibleSlugs()).contains(FJELLSPORT, BOLGEN, OKOGARD);
    }

    @Test
    void a_consultant_sees_exactly_the_assigned_customers() {
        signIn.as(KARI);
        assertThat(visibleSlugs()).containsExactlyInAnyOrder(FJELLSPORT, BOLGEN);
        signIn.as(OLA);
        assertThat(visibleSlugs()).containsExactly(OKOGARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {FJELLSPORT_EDITOR, FJELLSPORT_VIEWER})
    void a_customer_login_sees_only_its_own_customer(String username) {
        signIn.as(username);
        assertThat(visibleSlugs()).containsExactly(FJELLSPORT);
        assertThat(customers.getBySlug(FJELLSPORT).name()).isEqualTo("Fjellsport AS");
    }

    @ParameterizedTest
    @ValueSource(strings = {FJELLSPORT_EDITOR, FJELLSPORT_VIEWER})
    void a_customer_login_gets_not_found_for_another_customer_by_id_and_by_slug(String username) {
        var foreign = idOf(BOLGEN);
        signIn.as(username);
        assertThatThrownBy(() -> customers.get(foreign)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.getBySlug(BOLGEN)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_consultant_gets_not_found_for_a_customer_not_assigned() {
        var foreign = idOf(OKOGARD);
        signIn.as(KARI);
        assertThatThrownBy(() -> customers.get(foreign)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.getBySlug(OKOGARD)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_tenant_guard_answers_a_foreign_id_exactly_as_an_unknown_one() {
        var foreign = idOf(OKOGARD);
        signIn.as(FJELLSPORT_EDITOR);
        var forForeign = catchMessage(() -> tenantGuard.requireVisible(foreign.value()));
        var forUnknown = catchMessage(() -> tenantGuard.requireVisible(UNKNOWN_ID));
        assertThat(forForeign).isNotNull().isEqualTo(forUnknown);
        assertThatThrownBy(() -> customers.get(new CustomerId(UNKNOWN_ID))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.getBySlug("no-such-customer")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_admin_gets_not_found_only_for_ids_that_do_not_exist() {
        var okogard = idOf(OKOGARD);
        signIn.as(ADMIN);
        assertThat(customers.get(okogard).slug()).isEqualTo(OKOGARD);
        assertThatThrownBy(() -> customers.get(new CustomerId(UNKNOWN_ID))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobody_who_has_not_logged_in_gets_anything() {
        signIn.out();
        assertThatThrownBy(() -> customers.visibleCustomers())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> customers.getBySlug(FJELLSPORT))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
            return null;
        } catch (NotFoundException e) {
            return e.getClass().getName() + ":" + e.getMessage();
        }
    }
}
