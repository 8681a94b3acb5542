package no.ambisjon.security;

import static no.ambisjon.WebLogins.newAddress;
import static no.ambisjon.WebLogins.reachedTheApp;
import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.IntegrationTest;
import no.ambisjon.MailLinks;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.WebLogins;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.CustomerAdminService;
import no.ambisjon.customer.CustomerForm;
import no.ambisjon.customer.CustomerRow;
import no.ambisjon.okr.OkrQueryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A signed-in browser session meets the account as it is now on its very next request, through the
 * real filter chain: what an administrator took away is gone, and the login page says why.
 */
@IntegrationTest
class AccessIsCurrentTest {

    @Autowired
    WebLogins web;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    PasswordLinkService passwordLinks;
    @Autowired
    MailLinks mailLinks;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    CustomerAdminService customerAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    OkrQueryService okrs;
    @Autowired
    SignIn signIn;

    private final String address = newAddress();

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private MockHttpSession signedIn(String username) throws Exception {
        var result = web.login(username, TestCustomers.PASSWORD, address);
        assertThat(WebLogins.refused(result)).as("%s signs in", username).isFalse();
        var session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(reachedTheApp(open(session))).as("%s gets in", username).isTrue();
        return session;
    }

    private MvcResult open(MockHttpSession session) throws Exception {
        return web.open("/", address, session);
    }

    private static SecurityContext contextOf(MockHttpSession session) {
        return (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    private static void endedBecause(MvcResult result, MockHttpSession session, AccessCheck.Ended why) {
        assertThat(reachedTheApp(result)).as("the request is not served").isFalse();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?ended=" + why.name());
        assertThat(session.isInvalid()).as("the session is over").isTrue();
    }

    private void asAdmin(Runnable work) {
        signIn.as(ADMIN);
        try {
            work.run();
        } finally {
            signIn.out();
        }
    }

    private void changeRole(String username, Role role, boolean active) {
        asAdmin(() -> {
            var user = userAdmin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
            userAdmin.update(user.id(), user.version(), UserChange.of(user, role, active));
        });
    }

    private CustomerRow row(TestCustomer customer) {
        return customerAdmin.customers().stream().filter(c -> c.id() == customer.id().value()).findFirst().orElseThrow();
    }

    @Test
    void an_editor_made_a_viewer_is_signed_out_on_her_next_request_and_signs_in_again_as_a_viewer() throws Exception {
        var customer = testCustomers.create();
        var session = signedIn(customer.editor());

        changeRole(customer.editor(), Role.CUSTOMER_VIEWER, true);

        var next = open(session);
        endedBecause(next, session, AccessCheck.Ended.ACCESS_CHANGED);
        assertThat(next.getResponse().getCookie(AccessCheck.ENDED_COOKIE)).isNotNull();
        var again = signedIn(customer.editor());
        assertThat(contextOf(again).getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly(Role.CUSTOMER_VIEWER.authority());
    }

    @Test
    void a_viewer_made_an_editor_keeps_her_session_and_has_the_new_role_at_once() throws Exception {
        var customer = testCustomers.create();
        var session = signedIn(customer.viewer());

        changeRole(customer.viewer(), Role.CUSTOMER_EDITOR, true);

        assertThat(reachedTheApp(open(session))).isTrue();
        assertThat(contextOf(session).getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly(Role.CUSTOMER_EDITOR.authority());
    }

    @Test
    void an_admin_made_a_consultant_loses_the_user_administration_at_once() throws Exception {
        var username = testCustomers.consultant();
        changeRole(username, Role.ADMIN, true);
        var session = signedIn(username);
        var screenKeptOpen = contextOf(session);

        changeRole(username, Role.CONSULTANT, true);

        endedBecause(open(session), session, AccessCheck.Ended.ACCESS_CHANGED);
        SecurityContextHolder.setContext(screenKeptOpen);
        assertThatThrownBy(() -> userAdmin.users()).as("a screen kept open calls the service")
                .isInstanceOf(AccessEndedException.class);
    }

    @Test
    void a_password_chosen_with_a_mailed_link_ends_every_open_session_of_the_user() throws Exception {
        var customer = testCustomers.create();
        var session = signedIn(customer.editor());

        asAdmin(() -> userAdmin.sendPasswordLink(userAdmin.users().stream()
                .filter(u -> u.username().equals(customer.editor())).findFirst().orElseThrow().id()));
        assertThat(reachedTheApp(open(session))).as("sending a link changes no password").isTrue();
        passwordLinks.setPassword(mailLinks.passwordToken(customer.editor()), "ny-fjellvind-over-heia");

        endedBecause(open(session), session, AccessCheck.Ended.PASSWORD_CHANGED);
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_and_keeps_this_one() throws Exception {
        var customer = testCustomers.create();
        var here = signedIn(customer.editor());
        var elsewhere = signedIn(customer.editor());

        SecurityContextHolder.setContext(contextOf(here));
        accounts.changePassword(TestCustomers.PASSWORD, "et-helt-nytt-passord-2027");
        SecurityContextHolder.clearContext();

        assertThat(reachedTheApp(open(here))).as("the session that changed it").isTrue();
        endedBecause(open(elsewhere), elsewhere, AccessCheck.Ended.PASSWORD_CHANGED);
    }

    @Test
    void a_deactivated_user_or_customer_ends_the_open_sessions() throws Exception {
        var customer = testCustomers.create();
        var viewer = signedIn(customer.viewer());
        var editor = signedIn(customer.editor());

        changeRole(customer.viewer(), Role.CUSTOMER_VIEWER, false);
        endedBecause(open(viewer), viewer, AccessCheck.Ended.ACCESS_CHANGED);
        assertThat(reachedTheApp(open(editor))).as("another login of the customer").isTrue();

        asAdmin(() -> customerAdmin.setActive(customer.id().value(), row(customer).version(), false));
        endedBecause(open(editor), editor, AccessCheck.Ended.ACCESS_CHANGED);
    }

    @Test
    void a_consultant_taken_off_a_customer_reads_it_no_more_on_the_next_request() throws Exception {
        var customer = testCustomers.create();
        var session = signedIn(customer.consultant());
        SecurityContextHolder.setContext(contextOf(session));
        var quarter = okrs.currentQuarter();
        assertThat(okrs.plan(customer.id(), quarter).customer().name()).isEqualTo(customer.name());
        SecurityContextHolder.clearContext();

        asAdmin(() -> {
            var form = CustomerForm.of(row(customer));
            form.setConsultantIds(Set.of());
            customerAdmin.update(customer.id().value(), row(customer).version(), form);
        });

        assertThat(reachedTheApp(open(session))).as("still a consultant").isTrue();
        SecurityContextHolder.setContext(contextOf(session));
        assertThatThrownBy(() -> okrs.plan(customer.id(), quarter)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_session_whose_open_screens_were_sent_to_the_login_page_ends_at_its_next_request() throws Exception {
        var customer = testCustomers.create();
        var session = signedIn(customer.viewer());
        // What SignedInSessions leaves on a session whose screens it sent away.
        session.setAttribute(CurrentAccessFilter.ENDED, AccessCheck.Ended.PASSWORD_CHANGED.name());

        endedBecause(open(session), session, AccessCheck.Ended.PASSWORD_CHANGED);
    }

    @Test
    void a_session_ends_twelve_hours_after_its_user_signed_in_however_busy() throws Exception {
        var customer = testCustomers.create();
        var session = signedIn(customer.viewer());
        var twelveHoursAgo = FixedClockConfig.NOW.toInstant().minus(Duration.ofHours(12));

        signedInAt(session, twelveHoursAgo);
        assertThat(reachedTheApp(open(session))).as("twelve hours on the dot").isTrue();

        signedInAt(session, twelveHoursAgo.minusSeconds(1));
        endedBecause(open(session), session, AccessCheck.Ended.EXPIRED);
    }

    /** The session's sign-in as if made at another time. */
    private static void signedInAt(MockHttpSession session, Instant when) {
        var context = contextOf(session);
        var principal = (AccountPrincipal) context.getAuthentication().getPrincipal();
        var user = principal.user();
        var earlier = principal.with(new SignedInUser(user.id(), user.username(), user.displayName(), user.role(),
                user.customerId(), user.language(), user.credentialsStamp(), when));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(earlier, null, earlier.getAuthorities()));
    }
}
