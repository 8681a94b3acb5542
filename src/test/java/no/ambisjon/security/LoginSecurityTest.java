package no.ambisjon.security;

import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.audit.AuditFilter;
import no.ambisjon.audit.AuditService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login itself, through the real security filter chain: lock-out, new session, idle timeout, audit. */
@IntegrationTest
class LoginSecurityTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdminService admin;
    @Autowired
    SignIn signIn;
    @Autowired
    AuditService audit;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A new consultant, so that locking it out disturbs no other test; returns the temporary password. */
    private String newConsultant(String username) {
        signIn.as(ADMIN);
        var form = new NewUser();
        form.setUsername(username);
        form.setDisplayName("Test Konsulent");
        form.setRole(Role.CONSULTANT);
        var password = admin.create(form);
        signIn.out();
        return password;
    }

    private MvcResult login(String username, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .session(session)).andReturn();
    }

    private static boolean failed(MvcResult result) {
        return String.valueOf(result.getResponse().getRedirectedUrl()).contains("error");
    }

    /** What the admin's audit log shows. */
    private long entries(String actor, ChangeKind kind) {
        signIn.as(ADMIN);
        try {
            return audit.count(new AuditFilter(null, actor, kind, null, null));
        } finally {
            signIn.out();
        }
    }

    @Test
    void a_login_gets_a_new_session_id_and_the_idle_timeout_and_is_logged() throws Exception {
        var username = "ny-" + UUID.randomUUID() + "@ambisjon.no";
        var password = newConsultant(username);
        var session = new MockHttpSession();
        var before = session.getId();

        var result = login(username, password, session);

        assertThat(failed(result)).isFalse();
        var after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
        assertThat(after.getMaxInactiveInterval()).isEqualTo(30 * 60);
        assertThat(entries(username, ChangeKind.LOGIN_SUCCEEDED)).isEqualTo(1);
    }

    @Test
    void five_wrong_passwords_lock_the_account_with_the_same_message_as_an_unknown_user() throws Exception {
        var username = "laas-" + UUID.randomUUID() + "@ambisjon.no";
        var password = newConsultant(username);
        for (int i = 0; i < 5; i++) {
            assertThat(failed(login(username, "feil-passord-" + i, new MockHttpSession()))).isTrue();
        }
        var locked = login(username, password, new MockHttpSession());
        var unknown = login("finnes-ikke-" + UUID.randomUUID() + "@ambisjon.no", password, new MockHttpSession());

        assertThat(failed(locked)).as("the right password, but locked").isTrue();
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl());
        assertThat(entries(username, ChangeKind.LOGIN_FAILED)).isEqualTo(6);
        assertThat(entries(username, ChangeKind.ACCOUNT_LOCKED)).isEqualTo(1);
    }

    @Test
    void four_wrong_passwords_then_the_right_one_start_the_count_again() throws Exception {
        var username = "fire-" + UUID.randomUUID() + "@ambisjon.no";
        var password = newConsultant(username);
        for (int i = 0; i < 4; i++) {
            login(username, "feil-passord-" + i, new MockHttpSession());
        }
        assertThat(failed(login(username, password, new MockHttpSession()))).isFalse();
        for (int i = 0; i < 4; i++) {
            login(username, "feil-passord-" + i, new MockHttpSession());
        }
        assertThat(failed(login(username, password, new MockHttpSession()))).isFalse();
        assertThat(entries(username, ChangeKind.ACCOUNT_LOCKED)).isZero();
    }

    @Test
    void a_deactivated_user_cannot_log_in() throws Exception {
        var username = "borte-" + UUID.randomUUID() + "@ambisjon.no";
        var password = newConsultant(username);
        signIn.as(ADMIN);
        var user = admin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        admin.update(user.id(), user.version(), UserChange.of(user, user.role(), false));
        signIn.out();

        assertThat(failed(login(username, password, new MockHttpSession()))).isTrue();
    }
}
