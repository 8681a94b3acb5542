package no.ambisjon.security;

import static no.ambisjon.WebLogins.newAddress;
import static no.ambisjon.WebLogins.refused;
import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import no.ambisjon.FastPasswordsConfig;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.IntegrationTest;
import no.ambisjon.MailLinks;
import no.ambisjon.MovableClock;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.WebLogins;
import no.ambisjon.audit.AuditFilter;
import no.ambisjon.audit.AuditService;
import no.ambisjon.base.change.ChangeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The login itself, through the real security filter chain and database, tried as an attacker
 * would: guessing one account's password, spraying one password over many, typing names nobody
 * has, probing for locked and deactivated accounts.
 */
@IntegrationTest
class LoginSecurityTest {

    @Autowired
    WebLogins web;
    @Autowired
    UserAdminService admin;
    @Autowired
    TemporaryPasswords temporaryPasswords;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    AuditService audit;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FastPasswordsConfig.CountingPasswordEncoder passwords;
    @Autowired
    MailLinks mailLinks;
    @Autowired
    MovableClock clock;

    private final String address = newAddress();

    @AfterEach
    void signOut() {
        signIn.out();
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

    private String newConsultant() {
        return testCustomers.consultant();
    }

    @Test
    void a_login_gets_a_new_session_id_and_the_idle_timeout_and_is_logged() throws Exception {
        var username = newConsultant();
        var session = new MockHttpSession();
        var before = session.getId();

        var result = web.login(username, TestCustomers.PASSWORD, address, session);

        assertThat(refused(result)).isFalse();
        var after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
        assertThat(after.getMaxInactiveInterval()).isEqualTo(30 * 60);
        assertThat(entries(username, ChangeKind.LOGIN_SUCCEEDED)).isEqualTo(1);
    }

    @Test
    void a_refused_login_keeps_the_typed_username_in_the_session_and_never_in_the_address() throws Exception {
        var username = newConsultant();
        var session = new MockHttpSession();

        var refusedLogin = web.login(username, "feil-passord", address, session);

        assertThat(refused(refusedLogin)).isTrue();
        assertThat(refusedLogin.getResponse().getRedirectedUrl()).doesNotContain(username)
                .doesNotContain(java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(session.getAttribute(TypedUsername.ATTRIBUTE)).isEqualTo(username);

        var signedIn = web.login(username, TestCustomers.PASSWORD, address, new MockHttpSession());
        assertThat(signedIn.getRequest().getSession().getAttribute(TypedUsername.ATTRIBUTE)).isNull();
    }

    @Test
    void a_login_form_posted_from_another_site_without_the_pages_token_signs_nobody_in() throws Exception {
        var username = newConsultant();
        var session = new MockHttpSession();

        var forged = web.mvc().perform(post("/login").param("username", username).param("password", TestCustomers.PASSWORD)
                .header("Origin", "http://evil.example").session(session)
                .with(request -> { request.setRemoteAddr(address); return request; })).andReturn();

        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).as("the browser's session is not signed in").isNull();
        assertThat(entries(username, ChangeKind.LOGIN_SUCCEEDED)).isZero();
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, address))).as("the form itself still works").isFalse();
    }

    @Test
    void five_wrong_passwords_lock_the_account_from_that_address_only() throws Exception {
        var username = newConsultant();
        for (int i = 0; i < 5; i++) {
            assertThat(refused(web.login(username, "feil-passord-" + i, address))).isTrue();
        }

        assertThat(refused(web.login(username, TestCustomers.PASSWORD, address)))
                .as("the right password, from where the wrong ones came").isTrue();
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, newAddress())))
                .as("the right password, from the owner's own office").isFalse();
        assertThat(entries(username, ChangeKind.LOGIN_FAILED)).isEqualTo(6);
        assertThat(entries(username, ChangeKind.ACCOUNT_LOCKED)).isEqualTo(1);
    }

    @Test
    void however_long_one_address_keeps_guessing_the_owner_signs_in_from_another() throws Exception {
        var username = newConsultant();
        for (int i = 0; i < 30; i++) {
            web.login(username, "feil-passord-" + i, address);
        }
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, newAddress()))).isFalse();
    }

    @Test
    void a_name_guessed_from_many_addresses_signs_in_from_a_new_one_only_with_a_mailed_link_and_from_home_as_usual()
            throws Exception {
        var username = newConsultant();
        var home = newAddress();
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, home))).isFalse();
        for (int i = 0; i < 16; i++) {
            web.login(username, "feil-passord-" + i, newAddress());
        }

        var away = newAddress();
        var wrong = web.login(username, "feil-igjen", away);
        var right = web.login(username, TestCustomers.PASSWORD, away);
        assertThat(List.of(wrong, right)).as("the same answer to a wrong and a right password")
                .extracting(result -> result.getResponse().getRedirectedUrl()).containsOnly("/login?confirm");
        assertThat(right.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
        assertThat(mailLinks.signInLinks(username)).as("a link for the right password only").isEqualTo(1);
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, home))).as("from home, as usual").isFalse();

        var token = mailLinks.signInToken(username);
        var signedIn = withLink(token, away);
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signedIn.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
        assertThat(withLink(token, away).getResponse().getRedirectedUrl()).as("once").isEqualTo("/login?link=gone");
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, away)))
                .as("where the link was used, the password is enough from now on").isFalse();
        assertThat(entries(username, ChangeKind.SIGN_IN_LINK_SENT)).isEqualTo(1);
    }

    @Test
    void while_a_name_is_under_attack_nothing_an_attempt_leaves_behind_tells_whether_its_password_was_right()
            throws Exception {
        var username = newConsultant();
        for (int i = 0; i < 10; i++) {
            web.login(username, "feil-passord-" + i, newAddress());
        }
        // The same probe twice, from two addresses: four wrong passwords, then a candidate, then one more.
        var right = newAddress();
        var wrong = newAddress();
        var answers = new java.util.ArrayList<List<String>>();
        for (var probe : List.of(List.of(right, TestCustomers.PASSWORD), List.of(wrong, "feil-kandidat"))) {
            var from = probe.get(0);
            var seen = new java.util.ArrayList<String>();
            for (int i = 0; i < 4; i++) {
                seen.add(web.login(username, "feil-" + i, from).getResponse().getRedirectedUrl());
            }
            seen.add(web.login(username, probe.get(1), from).getResponse().getRedirectedUrl());
            seen.add(web.login(username, "feil-etterpå", from).getResponse().getRedirectedUrl());
            answers.add(seen);
        }

        assertThat(answers.get(0)).as("the right candidate").containsOnly("/login?confirm");
        assertThat(answers.get(1)).as("a wrong candidate").isEqualTo(answers.get(0));
        assertThat(List.of(right, wrong)).extracting(from -> jdbc.queryForObject(
                        "select count(*) from login_attempt where address = ? and succeeded = false", Long.class, from))
                .as("each attempt written down as a failure").containsExactly(6L, 6L);
        assertThat(mailLinks.signInLinks(username)).as("only the right one mailed a link").isEqualTo(1);
    }

    @Test
    void a_name_typed_with_characters_that_are_no_text_counts_as_that_name() throws Exception {
        var username = newConsultant();
        var variants = List.of("\u0001", "\u202E", "\u0000", "\u007F", "\u2066");
        for (var variant : variants) {
            assertThat(refused(web.login(username.replace("@", variant + "@"), "feil-passord", address))).isTrue();
        }
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, address)))
                .as("five failures on variants of the name lock the name from that address").isTrue();
        assertThat(entries(username, ChangeKind.ACCOUNT_LOCKED)).isEqualTo(1);
    }

    @Test
    void a_mailed_link_to_sign_in_works_for_fifteen_minutes_and_only_posted_from_this_site() throws Exception {
        var username = newConsultant();
        for (int i = 0; i < 10; i++) {
            web.login(username, "feil-passord-" + i, newAddress());
        }
        web.login(username, TestCustomers.PASSWORD, address);
        var token = mailLinks.signInToken(username);

        var forged = web.mvc().perform(post("/login/link").param("token", token)
                .with(request -> { request.setRemoteAddr(address); return request; })).andReturn();
        assertThat(forged.getResponse().getStatus()).as("no form token").isEqualTo(403);
        clock.move(Duration.ofMinutes(15).plusSeconds(1));
        try {
            assertThat(withLink(token, address).getResponse().getRedirectedUrl()).isEqualTo("/login?link=gone");
        } finally {
            clock.set(FixedClockConfig.NOW.toInstant());
        }
    }

    /** The link, as the page it opens posts it. */
    private MvcResult withLink(String token, String from) throws Exception {
        return web.mvc().perform(post("/login/link").param("token", token).with(csrf())
                .with(request -> { request.setRemoteAddr(from); return request; }).session(new MockHttpSession())).andReturn();
    }

    @Test
    void while_sixty_wrong_passwords_from_three_addresses_are_in_flight_the_owner_signs_in_and_locked_guesses_cost_no_hash()
            throws Exception {
        var username = newConsultant();
        var home = newAddress();
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, home))).isFalse();
        var attackers = List.of(newAddress(), newAddress(), newAddress());
        var checksBefore = passwords.checks();

        MvcResult owner;
        var pool = Executors.newFixedThreadPool(20);
        try {
            var start = new CountDownLatch(1);
            var guesses = IntStream.range(0, 60).mapToObj(i -> pool.submit(() -> {
                start.await();
                return web.login(username, "feil-passord-" + i, attackers.get(i % 3));
            })).toList();
            start.countDown();
            owner = web.login(username, TestCustomers.PASSWORD, home);
            for (var guess : guesses) {
                assertThat(refused(guess.get(60, TimeUnit.SECONDS))).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(refused(owner)).as("the owner, from home, in the middle of it").isFalse();
        assertThat(passwords.checks() - checksBefore)
                .as("passwords checked: five from each address before it was locked out, and the owner's").isEqualTo(16);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and kind = 'LOGIN_FAILED'",
                Long.class, username)).as("every guess audited").isEqualTo(60);
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_like_a_wrong_one_at_login_and_when_changing_it() throws Exception {
        var username = newConsultant();
        var result = web.login(username, "æ".repeat(100), address);

        assertThat(result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl()).isEqualTo("302 /login?error");
        assertThat(jdbc.queryForObject("select subject from audit_entry where actor = ? and kind = 'LOGIN_FAILED'",
                String.class, username)).isEqualTo("wrong-password " + address);
        signIn.as(username);
        assertThatThrownBy(() -> accounts.changePassword("x".repeat(100), "et-nytt-langt-passord"))
                .isInstanceOf(PasswordRejectedException.class).hasMessageContaining("password.current-wrong");
        assertThatThrownBy(() -> accounts.changePassword(TestCustomers.PASSWORD, "ø".repeat(40)))
                .isInstanceOf(PasswordRejectedException.class).hasMessageContaining("password.too-long");
    }

    @Test
    void four_wrong_passwords_then_the_right_one_start_the_count_again() throws Exception {
        var username = newConsultant();
        for (int i = 0; i < 4; i++) {
            web.login(username, "feil-passord-" + i, address);
        }
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, address))).isFalse();
        for (int i = 0; i < 4; i++) {
            web.login(username, "feil-passord-" + i, address);
        }
        assertThat(refused(web.login(username, TestCustomers.PASSWORD, address))).isFalse();
        assertThat(entries(username, ChangeKind.ACCOUNT_LOCKED)).isZero();
    }

    @Test
    void unknown_locked_deactivated_and_active_accounts_get_the_same_answer() throws Exception {
        var locked = newConsultant();
        for (int i = 0; i < 5; i++) {
            web.login(locked, "feil-passord-" + i, address);
        }
        var deactivated = newConsultant();
        signIn.as(ADMIN);
        var user = admin.users().stream().filter(u -> u.username().equals(deactivated)).findFirst().orElseThrow();
        admin.update(user.id(), user.version(), UserChange.of(user, user.role(), false));
        signIn.out();
        var active = newConsultant();

        var answers = List.of(web.login(locked, TestCustomers.PASSWORD, address),
                web.login(deactivated, TestCustomers.PASSWORD, newAddress()),
                web.login(active, "feil-passord", newAddress()),
                web.login("finnes-ikke-" + UUID.randomUUID() + "@ambisjon.no", TestCustomers.PASSWORD, newAddress()));

        assertThat(answers).extracting(result -> result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl())
                .containsOnly("302 /login?error");
        assertThat(jdbc.queryForList("select subject from audit_entry where kind = 'LOGIN_FAILED' and actor in (?, ?, ?)",
                String.class, locked, deactivated, active)).as("only the log says why")
                .anyMatch(s -> s.startsWith("locked ")).anyMatch(s -> s.startsWith("deactivated "))
                .anyMatch(s -> s.startsWith("wrong-password "));
    }

    @Test
    void one_password_sprayed_over_many_accounts_from_one_address_is_slowed_down() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(refused(web.login(newConsultant(), "sommer-2026-sommer", address))).isTrue();
        }
        assertThat(jdbc.queryForList("select subject from audit_entry where subject like ?", String.class, "% " + address))
                .as("ten wrong passwords, each tried").hasSize(10).allMatch(s -> s.startsWith("wrong-password "));
        var owner = newConsultant();

        assertThat(refused(web.login(owner, TestCustomers.PASSWORD, address)))
                .as("the eleventh attempt from the address must wait, even with the right password").isTrue();
        assertThat(jdbc.queryForObject("select subject from audit_entry where actor = ? and kind = 'LOGIN_FAILED'",
                String.class, owner)).isEqualTo("throttled " + address);
        assertThat(refused(web.login(owner, TestCustomers.PASSWORD, newAddress()))).isFalse();
        assertThat(entries(owner, ChangeKind.LOGIN_FAILED)).isEqualTo(1);
    }

    @Test
    void a_name_nobody_has_is_audited_under_a_key_never_as_typed() throws Exception {
        var typed = "mitt-hemmelige-passord-" + UUID.randomUUID();
        web.login(typed, "noe", address);
        web.login(typed.toUpperCase(), "noe", address);

        assertThat(entries(typed, null)).as("the name as typed is nowhere in the log").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor like ? or subject like ?",
                Long.class, "%" + typed + "%", "%" + typed + "%")).isZero();
        var actors = jdbc.queryForList("select actor from audit_entry where kind = 'LOGIN_FAILED' and subject = ?",
                String.class, "unknown-user " + address);
        assertThat(actors).hasSize(2).allMatch(actor -> actor.startsWith("unknown:")).as("repeats group").containsOnly(actors.getFirst());
    }

    @Test
    void a_flood_of_made_up_names_from_one_address_leaves_a_bounded_trace() throws Exception {
        for (int i = 0; i < 60; i++) {
            assertThat(refused(web.login("oppdiktet-" + i + "-" + UUID.randomUUID(), "noe", address))).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from login_attempt where address = ?", Long.class, address))
                .isEqualTo(LoginThrottle.UNKNOWN_NAMES_KEPT_PER_MINUTE);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject like ?", Long.class,
                "% " + address)).isEqualTo(LoginThrottle.UNKNOWN_NAMES_KEPT_PER_MINUTE);
    }

    @Test
    void attempts_are_kept_only_as_long_as_they_count() throws Exception {
        var now = FixedClockConfig.NOW.toInstant();
        var old = newAddress();
        for (var row : new Object[][] {{now.minus(Duration.ofHours(25)), false}, {now.minus(Duration.ofHours(23)), false},
                {now.minus(Duration.ofDays(91)), true}, {now.minus(Duration.ofDays(89)), true}}) {
            jdbc.update("insert into login_attempt (at, username_key, address, succeeded) values (?, 'k', ?, ?)",
                    Timestamp.from((Instant) row[0]), old, row[1]);
        }

        assertThat(refused(web.login(newConsultant(), TestCustomers.PASSWORD, address))).isFalse();

        assertThat(jdbc.queryForList("select succeeded from login_attempt where address = ? order by at", Boolean.class, old))
                .as("a success of 89 days and a failure of 23 hours are left").containsExactly(true, false);
    }

    @Test
    void a_temporary_password_stops_working_after_its_lifetime() throws Exception {
        signIn.as(ADMIN);
        var form = new NewUser();
        form.setUsername("midlertidig-" + UUID.randomUUID() + "@ambisjon.no");
        form.setDisplayName("Midlertidig");
        form.setRole(Role.CONSULTANT);
        admin.create(form);
        signIn.out();
        var username = form.getUsername();
        var temporary = temporaryPasswords.give(username);

        assertThat(refused(web.login(username, temporary, address))).as("within seven days").isFalse();
        // Given eight days ago, so that it ran out yesterday.
        jdbc.update("update user_account set temporary_until = ? where username = ?",
                Timestamp.from(FixedClockConfig.NOW.minusDays(1).toInstant()), username);
        assertThat(refused(web.login(username, temporary, address))).as("after").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and subject = ?", Long.class,
                username, "temporary-expired " + address)).isEqualTo(1);
    }

    @Test
    void a_wrong_current_password_when_changing_it_counts_and_is_audited() {
        var username = newConsultant();
        signIn.as(username);
        for (int i = 0; i < 5; i++) {
            var attempt = i;
            assertThatThrownBy(() -> accounts.changePassword("feil-" + attempt, "et-nytt-langt-passord"))
                    .isInstanceOf(PasswordRejectedException.class);
        }
        assertThatThrownBy(() -> accounts.changePassword(TestCustomers.PASSWORD, "et-nytt-langt-passord"))
                .as("after five wrong, not even the right one").isInstanceOf(PasswordRejectedException.class);
        signIn.out();
        assertThat(entries(username, ChangeKind.PASSWORD_CHANGE_FAILED)).isEqualTo(6);
        assertThat(entries(username, ChangeKind.PASSWORD_CHANGED)).as("none changed").isZero();
        assertThat(entries(username, ChangeKind.PASSWORD_SET)).as("only the one chosen with the invitation").isEqualTo(1);
    }

    @Test
    void every_answer_carries_the_security_headers_and_behind_tls_tells_browsers_to_use_https_only() throws Exception {
        var secure = web.mvc().perform(post("/login").param("username", "x").param("password", "y").with(csrf())
                .with(request -> { request.setRemoteAddr(address); return request; }).secure(true)).andReturn();
        assertThat(secure.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");

        var plain = web.login("x", "y", address);
        assertThat(plain.getResponse().getHeader("Strict-Transport-Security")).isNull();
        assertThat(plain.getResponse().getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
        assertThat(plain.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(plain.getResponse().getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }
}
