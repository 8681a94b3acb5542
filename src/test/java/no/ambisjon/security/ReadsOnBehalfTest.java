package no.ambisjon.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.demo.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the application reads on a user's behalf is what they may see, and it never writes as them. */
@IntegrationTest
class ReadsOnBehalfTest {

    @Autowired
    ReadsOnBehalf reads;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    CustomerService customers;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void it_reads_what_the_user_may_see_writes_nothing_and_puts_back_who_was_signed_in() {
        var customer = testCustomers.create();
        var editor = id(customer.editor());
        signIn.as(DemoData.ADMIN);
        var admin = SecurityContextHolder.getContext().getAuthentication();

        assertThat(reads.as(editor, customers::visibleCustomers).orElseThrow()).extracting(CustomerSummary::id)
                .containsExactly(customer.id());
        assertThatThrownBy(() -> reads.as(editor, () -> {
            accounts.changeLanguage(Language.EN);
            return null;
        })).as("no writes on a user's behalf").isInstanceOf(AccessDeniedException.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(admin);

        var viewer = userAdmin.users().stream().filter(u -> u.username().equals(customer.viewer())).findFirst().orElseThrow();
        userAdmin.update(viewer.id(), viewer.version(), UserChange.of(viewer, viewer.role(), false));
        assertThat(reads.as(viewer.id(), customers::visibleCustomers)).as("a deactivated user").isEmpty();
    }

    private long id(String username) {
        signIn.as(DemoData.ADMIN);
        return userAdmin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
    }
}
