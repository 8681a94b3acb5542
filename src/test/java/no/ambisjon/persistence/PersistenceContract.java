package no.ambisjon.persistence;

import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.WebLogins;
import no.ambisjon.audit.domain.AuditEntry;
import no.ambisjon.audit.domain.AuditEntryRepository;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.base.domain.Constraints;
import no.ambisjon.base.change.UnrecordedChangeException;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.customer.CustomerChange;
import no.ambisjon.customer.domain.ConsultantAssignment;
import no.ambisjon.customer.domain.ConsultantAssignmentRepository;
import no.ambisjon.customer.domain.Customer;
import no.ambisjon.customer.domain.CustomerRepository;
import no.ambisjon.mail.MailKind;
import no.ambisjon.mail.MailStatus;
import no.ambisjon.mail.domain.OutgoingMail;
import no.ambisjon.mail.domain.OutgoingMailRepository;
import no.ambisjon.mail.domain.ScheduledRun;
import no.ambisjon.mail.domain.ScheduledRunRepository;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the schema and the repositories promise, run on H2 (every build) and on a real PostgreSQL
 * server (the integration tests), so that the two never drift apart.
 */
public abstract class PersistenceContract {

    @Autowired
    protected Flyway flyway;
    @Autowired
    protected CustomerRepository customers;
    @Autowired
    protected UserAccountRepository users;
    @Autowired
    protected ConsultantAssignmentRepository assignments;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected PasswordEncoder passwordEncoder;
    @Autowired
    protected SignIn signIn;

    @Autowired
    protected AuditEntryRepository auditEntries;
    @Autowired
    protected WebLogins web;
    @Autowired
    protected TestCustomers testCustomers;
    @Autowired
    protected Changes changes;
    @Autowired
    protected OutgoingMailRepository mails;
    @Autowired
    protected ScheduledRunRepository runs;

    /**
     * Writes straight to the repositories, as the application's services do underneath, in a
     * transaction that records its change (a write that records none is refused at commit).
     */
    protected <T> T write(Supplier<T> work) {
        return tx.execute(s -> {
            var result = work.get();
            changes.record(new CustomerChange(ChangeKind.CUSTOMER_CHANGED, null, "persistence contract"));
            return result;
        });
    }

    protected void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    /** The database is shared with the other tests: remove the customers made here. */
    @AfterEach
    void cleanUp() {
        signIn.out();
        jdbc.update("delete from customer where slug like 'contract-%'");
    }

    @Test
    void the_audit_log_is_searched_with_any_mix_of_filters_and_within_a_scope() {
        var fjellsport = customers.findBySlug(FJELLSPORT).orElseThrow().getId();
        var at = Instant.parse("2026-11-18T08:00:00Z");
        var actor = "kontrakt-" + System.nanoTime() + "@ambisjon.no";
        tx.executeWithoutResult(s -> auditEntries.save(new AuditEntry(at, actor, ChangeKind.CHECK_IN, fjellsport, "Søk")));

        assertThat(auditEntries.search(true, Set.of(-1L), null, null, null, null, null, 0, 10).getTotalElements())
                .as("no filter at all").isPositive();
        assertThat(auditEntries.search(false, Set.of(fjellsport), fjellsport, actor.toUpperCase(), ChangeKind.CHECK_IN,
                at.minusSeconds(60), at.plusSeconds(60), 0, 10).getContent())
                .extracting(AuditEntry::getSubject).containsExactly("Søk");
        assertThat(auditEntries.search(false, Set.of(-1L), null, actor, null, null, null, 0, 10).getTotalElements())
                .as("outside the reader's customers").isZero();
        assertThat(auditEntries.search(true, Set.of(-1L), null, actor, null, at.plusSeconds(1), null, 0, 10)
                .getTotalElements()).as("before the from-time").isZero();
    }

    @Test
    void a_write_that_records_no_change_is_refused_and_leaves_nothing_behind() {
        var slug = uniqueSlug("unrecorded");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> customers.save(new Customer("Uten spor AS", slug, Set.of()))))
                .isInstanceOf(UnrecordedChangeException.class);
        assertThat(customers.findBySlug(slug)).isEmpty();

        var id = write(() -> customers.save(new Customer("Med spor AS", uniqueSlug("recorded"), Set.of())).getId());
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> customers.findById(id).orElseThrow().rename("Endret i stillhet")))
                .as("a change found dirty only at commit").isInstanceOf(UnrecordedChangeException.class);
        assertThat(customers.findById(id).orElseThrow().getName()).isEqualTo("Med spor AS");
    }

    /**
     * Thirty wrong passwords for one account, sent at once through the real filter chain: every
     * one is answered alike and audited, every one that had its turn is counted, no more than the
     * first five are tried against the password, and the account is then refused from that address,
     * even with the right password.
     */
    @Test
    void thirty_parallel_wrong_passwords_are_each_counted_and_audited_and_lock_the_account() throws Exception {
        var username = testCustomers.consultant();
        var address = WebLogins.newAddress();
        var pool = Executors.newFixedThreadPool(30);
        var start = new CountDownLatch(1);
        List<Future<MvcResult>> sent;
        try {
            sent = IntStream.range(0, 30).mapToObj(i -> pool.submit(() -> {
                start.await();
                return web.login(username, "feil-passord-" + i, address);
            })).toList();
            start.countDown();
            var statuses = new ArrayList<String>();
            for (var answer : sent) {
                var response = answer.get(60, TimeUnit.SECONDS).getResponse();
                statuses.add(response.getStatus() + " " + response.getRedirectedUrl());
            }
            assertThat(statuses).as("no server error, the same answer to all").hasSize(30).containsOnly("302 /login?error");
        } finally {
            pool.shutdownNow();
        }

        // On a loaded machine some attempts outwait their turn: those are answered alike and audited as
        // busy, not counted, so that waiting can never lock the owner out.
        var accountId = users.findByUsername(username).orElseThrow().getId();
        var counted = jdbc.queryForObject("select count(*) from login_attempt where account_id = ? and succeeded = false",
                Long.class, accountId);
        var audited = jdbc.queryForList("select subject from audit_entry where actor = ? and kind = 'LOGIN_FAILED'",
                String.class, username);
        assertThat(audited).as("audited").hasSize(30);
        var tried = audited.stream().filter(subject -> subject.startsWith("wrong-password ")).count();
        var locked = audited.stream().filter(subject -> subject.startsWith("locked ")).count();
        var busy = audited.stream().filter(subject -> subject.startsWith("busy ")).count();
        assertThat(tried + locked + busy).as("every attempt audited as tried, locked or busy").isEqualTo(30);
        assertThat(counted).as("every attempt that had its turn is counted").isEqualTo(tried + locked);
        assertThat(tried).as("passwords tried before the lock").isLessThanOrEqualTo(5);
        // Whatever the machine's load let through, five wrong passwords lock the account.
        for (var more = tried; more < 5; more++) {
            web.login(username, "feil-passord-igjen-" + more, address);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and kind = 'ACCOUNT_LOCKED'",
                Long.class, username)).isEqualTo(1);
        assertThat(WebLogins.refused(web.login(username, TestCustomers.PASSWORD, address)))
                .as("refused afterwards from that address").isTrue();
    }

    @Test
    void text_is_stored_without_control_characters_or_direction_overrides_and_keeps_its_lines() {
        var id = write(() -> customers.save(new Customer("Kontroll\u0000tegn \u202Egnp.exe\u202C AS\u0007",
                uniqueSlug("plain-text"), Set.of("Kon\u001Btroll"))).getId());
        assertThat(jdbc.queryForObject("select name from customer where id = ?", String.class, id))
                .isEqualTo("Kontrolltegn gnp.exe AS");
        assertThat(jdbc.queryForObject("select short_name from customer_short_name where customer_id = ?", String.class, id))
                .isEqualTo("Kontroll");

        var lines = "Linje én\nLinje to\r\n\tInnrykk, שלום\u200F og مرحبا";
        write(() -> customers.findById(id).orElseThrow().rename(lines));
        assertThat(jdbc.queryForObject("select name from customer where id = ?", String.class, id)).isEqualTo(lines);
    }

    @Test
    void a_refused_write_names_the_rule_it_broke() {
        var username = "dobbel-" + System.nanoTime() + "@ambisjon.no";
        write(() -> users.saveAndFlush(UserAccount.agencyStaff(username, "Første", "{noop}x", no.ambisjon.security.Role.CONSULTANT)));

        var twice = catchThrowableOfType(DataIntegrityViolationException.class, () -> write(() ->
                users.saveAndFlush(UserAccount.agencyStaff(username, "Andre", "{noop}x", no.ambisjon.security.Role.CONSULTANT))));
        assertThat(Constraints.broke(twice, "uk_user_account_username")).isTrue();
        assertThat(Constraints.broke(twice, "uk_customer_slug")).isFalse();

        var noSuchCustomer = catchThrowableOfType(DataIntegrityViolationException.class, () -> write(() ->
                users.saveAndFlush(UserAccount.customerLogin("uten-kunde-" + System.nanoTime() + "@ambisjon.no", "Uten kunde",
                        "{noop}x", no.ambisjon.security.Role.CUSTOMER_VIEWER, Long.MAX_VALUE))));
        assertThat(Constraints.broke(noSuchCustomer, "uk_user_account_username")).as("a missing customer is no taken name").isFalse();
        jdbc.update("delete from user_account where username = ?", username);
    }

    @Test
    void every_migration_ran_and_none_is_pending() {
        var info = flyway.info();
        assertThat(info.applied()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(info.pending()).isEmpty();
    }

    @Test
    void the_demo_data_is_there_once_with_hashed_passwords() {
        // Other tests in the shared database add customers and users of their own.
        assertThat(customers.findAll()).extracting(Customer::getSlug).containsOnlyOnce(BOLGEN, FJELLSPORT, OKOGARD);
        var demoUsers = List.of(ADMIN, KARI, OLA, FJELLSPORT_EDITOR, FJELLSPORT_VIEWER, BOLGEN_EDITOR, BOLGEN_VIEWER,
                OKOGARD_EDITOR, OKOGARD_VIEWER);
        var accounts = users.findAll().stream().filter(account -> demoUsers.contains(account.getUsername())).toList();
        assertThat(accounts).extracting(UserAccount::getUsername).containsExactlyInAnyOrderElementsOf(demoUsers);
        assertThat(accounts).allSatisfy(account -> {
            assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
            assertThat(passwordEncoder.matches(PASSWORD, account.getPasswordHash())).isTrue();
        });
        var kari = users.findByUsername(KARI).orElseThrow();
        assertThat(assignments.findActiveCustomerIdsByConsultantId(kari.getId())).containsExactlyInAnyOrder(
                customers.findBySlug(FJELLSPORT).orElseThrow().getId(), customers.findBySlug(BOLGEN).orElseThrow().getId());
    }

    @Test
    void norwegian_letters_survive_the_round_trip() {
        var okogard = customers.findBySlug(OKOGARD).orElseThrow();
        assertThat(okogard.getName()).isEqualTo("Ås Økogård");
        assertThat(okogard.getShortNames()).containsExactly("Økogården");
    }

    @Test
    void rows_record_who_created_and_changed_them() {
        signIn.as(ADMIN);
        var saved = write(() -> customers.save(new Customer("Revisjonstest AS", uniqueSlug("audit"), Set.of())));
        assertThat(saved.getCreatedBy()).isEqualTo(ADMIN);
        assertThat(saved.getChangedBy()).isEqualTo(ADMIN);
        assertThat(saved.getCreatedAt()).isNotNull();
        signIn.as(KARI);
        var changed = write(() -> {
            var c = customers.findById(saved.getId()).orElseThrow();
            c.rename("Revisjonstest ASA");
            return customers.saveAndFlush(c);
        });
        assertThat(changed.getCreatedBy()).isEqualTo(ADMIN);
        assertThat(changed.getChangedBy()).isEqualTo(KARI);
        assertThat(changed.getVersion()).isEqualTo(saved.getVersion() + 1);
    }

    @Test
    void a_stale_copy_cannot_overwrite_a_newer_change() {
        var id = write(() -> customers.save(new Customer("Låsetest AS", uniqueSlug("lock"), Set.of())).getId());
        var first = customers.findById(id).orElseThrow();
        var second = customers.findById(id).orElseThrow();

        first.rename("Først lagret");
        write(() -> customers.save(first));
        second.rename("Lagret på en gammel kopi");

        assertThatThrownBy(() -> write(() -> customers.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(customers.findById(id).orElseThrow().getName()).isEqualTo("Først lagret");
    }

    @Test
    void two_customers_cannot_share_a_slug() {
        var slug = uniqueSlug("dup");
        write(() -> customers.save(new Customer("Første AS", slug, Set.of())));
        assertThatThrownBy(() -> write(() -> customers.save(new Customer("Andre AS", slug, Set.of()))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_database_refuses_a_customer_login_without_a_customer_and_staff_with_one() {
        var customerId = customers.findBySlug(FJELLSPORT).orElseThrow().getId();
        assertThatThrownBy(() -> insertUser("no-customer@example.no", "CUSTOMER_EDITOR", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertUser("staff-with-customer@example.no", "CONSULTANT", customerId))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertUser("bad-role@example.no", "SUPERUSER", null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_consultant_is_assigned_to_a_customer_only_once() {
        var ola = users.findByUsername(OLA).orElseThrow().getId();
        var okogard = customers.findBySlug(OKOGARD).orElseThrow().getId();
        assertThatThrownBy(() -> write(() -> assignments.save(new ConsultantAssignment(ola, okogard))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void usernames_are_unique_whatever_their_case() {
        assertThat(users.findByUsername(UserAccount.normalise(" Kari@Ambisjon.NO "))).isPresent();
        assertThatThrownBy(() -> insertUser(KARI, "CONSULTANT", null)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void okr_values_keep_their_decimals_and_norwegian_text() {
        var okogard = customers.findBySlug(OKOGARD).orElseThrow().getId();
        var row = jdbc.queryForMap("""
                select k.start_value, k.target_value, k.title from key_result k
                where k.customer_id = ? and k.title = 'ROAS på søkeannonser'""", okogard);
        assertThat((java.math.BigDecimal) row.get("start_value")).isEqualByComparingTo("3.2");
        assertThat((java.math.BigDecimal) row.get("target_value")).isEqualByComparingTo("5");
        assertThat(jdbc.queryForObject("select count(*) from check_in where customer_id = ?", Long.class, okogard))
                .isPositive();
    }

    @Test
    void a_comment_belongs_to_an_objective_or_a_key_result_never_both_or_neither() {
        var objective = jdbc.queryForObject("select min(id) from objective", Long.class);
        var keyResult = jdbc.queryForObject("select min(id) from key_result", Long.class);
        var customer = jdbc.queryForObject("select customer_id from objective where id = ?", Long.class, objective);
        for (var target : new Long[][] {{objective, keyResult}, {null, null}}) {
            assertThatThrownBy(() -> jdbc.update("""
                    insert into okr_comment (customer_id, objective_id, key_result_id, text, author_name, written_at,
                                             created_at, created_by, changed_at, changed_by)
                    values (?, ?, ?, 'x', 'Test', current_timestamp, current_timestamp, 'test', current_timestamp, 'test')""",
                    customer, target[0], target[1])).isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    private void insertUser(String username, String role, Long customerId) {
        jdbc.update("""
                insert into user_account (username, display_name, password_hash, role, customer_id, created_at,
                                          created_by, changed_at, changed_by)
                values (?, 'Test', '{noop}x', ?, ?, current_timestamp, 'test', current_timestamp, 'test')""",
                username, role, customerId);
    }

    @Test
    void the_migration_moves_a_links_token_out_of_the_mails_already_written_and_drops_it_from_those_sent() {
        var schema = "links_" + System.nanoTime();
        var before = Flyway.configure().configuration(flyway.getConfiguration()).schemas(schema).target("11").load();
        before.migrate();
        try {
            jdbc.update("insert into " + schema + ".user_account (username, display_name, password_hash, role,"
                    + " created_at, created_by, changed_at, changed_by) values ('lenke@kunde.no', 'Lene', '{noop}x',"
                    + " 'CONSULTANT', current_timestamp, 'test', current_timestamp, 'test')");
            var user = jdbc.queryForObject("select id from " + schema + ".user_account", Long.class);
            var tokens = new java.util.LinkedHashMap<String, String>();
            for (var status : List.of("SENT", "FAILED", "HELD", "QUEUED")) {
                var token = (status + "-" + "x".repeat(43)).substring(0, 43);
                tokens.put(status, token);
                var link = "https://okr.byraa.no/set-password?token=" + token;
                jdbc.update("insert into " + schema + ".outgoing_mail (kind, status, recipient_id, recipient,"
                        + " recipient_name, language, subject, text_body, html_body, created_at, created_by, changed_at,"
                        + " changed_by) values ('INVITATION', ?, ?, 'lenke@kunde.no', 'Lene', 'NB', 'Velkommen', ?, ?,"
                        + " current_timestamp, 'test', current_timestamp, 'test')", status, user,
                        "Hei, Lene\n\nVelg et passord:\n" + link + "\n\n-- \nLogg inn: https://okr.byraa.no/login\n",
                        "<p>Hei, Lene</p><a href=\"" + link + "\" style=\"x\">Velg et passord</a>");
            }

            Flyway.configure().configuration(flyway.getConfiguration()).schemas(schema).load().migrate();

            var rows = jdbc.queryForList("select status, text_body, html_body, link_token from " + schema
                    + ".outgoing_mail");
            assertThat(rows).hasSize(4).allSatisfy(row -> {
                var token = tokens.get((String) row.get("status"));
                assertThat((String) row.get("text_body")).doesNotContain(token)
                        .contains("https://okr.byraa.no/set-password?token=" + OutgoingMail.LINK_TOKEN + "\n",
                                "https://okr.byraa.no/login");
                assertThat((String) row.get("html_body")).doesNotContain(token)
                        .contains("href=\"https://okr.byraa.no/set-password?token=" + OutgoingMail.LINK_TOKEN + "\"");
                assertThat(row.get("link_token")).as((String) row.get("status"))
                        .isEqualTo(Set.of("HELD", "QUEUED").contains(row.get("status")) ? token : null);
            });
        } finally {
            jdbc.execute("drop schema " + schema + " cascade");
        }
    }

    @Test
    void a_mail_being_sent_by_one_node_is_not_sent_by_another_which_waits_and_finds_it_sent() throws Exception {
        var admin = users.findByUsername("admin@ambisjon.no").orElseThrow();
        var id = write(() -> mails.save(new OutgoingMail(MailKind.PASSWORD_LINK, MailStatus.QUEUED, admin.getId(),
                admin.getUsername(), admin.getDisplayName(), null, Language.NB, "Kontrakt " + System.nanoTime(),
                "tekst " + OutgoingMail.LINK_TOKEN, "<p>" + OutgoingMail.LINK_TOKEN + "</p>", "hemmelig", null,
                null)).getId());
        var locked = new CountDownLatch(1);
        var sent = new CountDownLatch(1);
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var first = nodes.submit(() -> write(() -> {
                var mail = mails.lockWaiting(id).orElseThrow();
                locked.countDown();
                await(sent);
                mail.sent(Instant.now());
                return true;
            }));
            locked.await();
            var second = nodes.submit(() -> tx.execute(s -> mails.lockWaiting(id).isPresent()));
            stillWaiting(second, "the other node waits for the lock");
            sent.countDown();
            assertThat(first.get()).isTrue();
            assertThat(second.get()).as("and then finds the mail sent").isFalse();
        }
        assertThat(jdbc.queryForObject("select status from outgoing_mail where id = ?", String.class, id)).isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select link_token from outgoing_mail where id = ?", String.class, id))
                .as("a link's token is kept until the mail is sent").isNull();
    }

    @Test
    void a_period_of_a_scheduled_job_is_claimed_by_one_node_however_many_try_at_once() throws Exception {
        var key = new ScheduledRun.Key("contract", String.valueOf(System.nanoTime()));
        var claimed = new CountDownLatch(1);
        var done = new CountDownLatch(1);
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var first = nodes.submit(() -> write(() -> {
                runs.saveAndFlush(new ScheduledRun(key, Instant.now(), "first"));
                claimed.countDown();
                await(done);
                return true;
            }));
            claimed.await();
            var second = nodes.submit(() -> write(() -> runs.saveAndFlush(new ScheduledRun(key, Instant.now(), "second"))));
            stillWaiting(second, "the other node's claim waits for the first to end");
            done.countDown();
            assertThat(first.get()).isTrue();
            assertThatThrownBy(second::get).as("the other node's claim of the same period")
                    .hasCauseInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(jdbc.queryForObject("select outcome from scheduled_run where job = ? and period = ?", String.class,
                key.job(), key.period())).isEqualTo("first");
    }

    /** Holds while {@code task} keeps waiting, for a while: a lock holds it back, not a slow start. */
    private static void stillWaiting(Future<?> task, String what) {
        Awaitility.await(what).during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> !task.isDone());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String uniqueSlug(String prefix) {
        return "contract-" + prefix + "-" + System.nanoTime();
    }
}
