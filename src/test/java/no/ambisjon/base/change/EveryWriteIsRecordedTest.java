package no.ambisjon.base.change;

import static no.ambisjon.demo.DemoData.ADMIN;
import static no.ambisjon.okr.OkrFixtures.checkIn;
import static no.ambisjon.okr.OkrFixtures.keyResult;
import static no.ambisjon.okr.OkrFixtures.objectiveForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.ambisjon.WebLogins;
import no.ambisjon.IntegrationTest;
import no.ambisjon.MailLinks;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.audit.domain.AuditEntryRepository;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.coach.CheckId;
import no.ambisjon.customer.CustomerAdminService;
import no.ambisjon.customer.CustomerForm;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.meeting.MeetingAgendaService;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.MeetingMinutesService;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.meeting.MinutesDownloadService;
import no.ambisjon.meeting.ScreenPairingService;
import no.ambisjon.okr.CommentService;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.Evaluation;
import no.ambisjon.okr.EvaluationService;
import no.ambisjon.okr.KeyResultId;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.export.OkrExportService;
import no.ambisjon.security.AccountService;
import no.ambisjon.security.NewUser;
import no.ambisjon.security.PasswordLinkService;
import no.ambisjon.security.Role;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;

/**
 * Every public write method of every application service, found by reflection and called: each
 * call leaves exactly one entry in the audit log and tells the live screens exactly once, after it
 * committed. A new write method fails this test until it is listed here, and then until it records
 * its change.
 */
@IntegrationTest
class EveryWriteIsRecordedTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditEntryRepository auditEntries;
    @Autowired
    CommittedChanges committed;
    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    SignIn signIn;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    OkrQueryService okrs;
    @Autowired
    MeetingQueryService meetingQueries;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    CustomerAdminService customerAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    CommentService comments;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    MeetingAgendaService agenda;
    @Autowired
    MeetingMinutesService minutes;
    @Autowired
    OkrExportService exports;
    @Autowired
    MinutesDownloadService minutesDownloads;
    @Autowired
    ScreenPairingService screens;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    PasswordLinkService passwordLinks;
    @Autowired
    no.ambisjon.security.PasswordResets passwordResets;
    @Autowired
    MailLinks mailLinks;

    /**
     * A customer of its own for each call: an objective of two key results, a closed meeting, a
     * running meeting with an action item and a screen paired to it, a meeting planned, and a link to
     * set the viewer's password in the viewer's mail.
     */
    private record World(TestCustomer customer, OkrFixtures.Made objective, MeetingId meeting, long action,
                         MeetingId planned, MeetingId closed, long screen, OkrFixtures.Made past,
                         String viewersPasswordLink) {
    }

    private interface Call {
        void run(World world) throws Exception;
    }

    /** Writes about no customer: a screen that shows a code has not been paired to anyone's meeting yet. */
    private static final Set<String> ABOUT_NO_CUSTOMER = Set.of("ScreenPairingService.newCode");

    /** How to call each write method, by "Service.method". */
    private Map<String, Call> calls() {
        var calls = new LinkedHashMap<String, Call>();
        calls.put("AccountService.changePassword", w -> as(w.customer().editor(),
                () -> accounts.changePassword(TestCustomers.PASSWORD, "ny-og-lang-frase-2027")));
        calls.put("AccountService.changeLanguage", w -> as(w.customer().viewer(), () -> accounts.changeLanguage(Language.EN)));
        calls.put("AccountService.chooseCheckInReminders", w -> as(w.customer().editor(),
                () -> accounts.chooseCheckInReminders(false)));
        calls.put("PasswordLinkService.setPassword", w -> passwordLinks.setPassword(w.viewersPasswordLink(),
                "valgt-med-lenken-2027"));
        calls.put("PasswordLinkService.setPasswordAndSignIn", w -> passwordLinks.setPasswordAndSignIn(
                w.viewersPasswordLink(), "valgt-med-lenken-2027", no.ambisjon.WebLogins.newAddress()));
        calls.put("PasswordResets.request", w -> passwordResets.request(w.customer().viewer(),
                no.ambisjon.WebLogins.newAddress()));
        calls.put("UserAdminService.create", w -> as(ADMIN, () -> userAdmin.create(newLogin(w))));
        calls.put("UserAdminService.update", w -> as(ADMIN, () -> {
            var user = user(w.customer().viewer());
            userAdmin.update(user.id(), user.version(), UserChange.of(user, Role.CUSTOMER_EDITOR, true));
        }));
        calls.put("UserAdminService.sendPasswordLink", w -> as(ADMIN, () -> userAdmin.sendPasswordLink(user(w.customer().editor()).id())));
        calls.put("CustomerAdminService.create", w -> as(ADMIN, () -> customerAdmin.create(customerForm(w))));
        calls.put("CustomerAdminService.update", w -> as(ADMIN, () -> {
            var row = customerRow(w);
            var form = CustomerForm.of(row);
            form.setName(row.name() + " Nord");
            form.setConsultantIds(Set.of());
            customerAdmin.update(row.id(), row.version(), form);
        }));
        calls.put("CustomerAdminService.setActive", w -> as(ADMIN, () -> {
            var row = customerRow(w);
            customerAdmin.setActive(row.id(), row.version(), false);
        }));
        calls.put("ObjectiveService.create", w -> as(w.customer().editor(),
                () -> objectives.create(w.customer().id(), w.objective().quarter(), objectiveForm("Enda et mål"))));
        calls.put("ObjectiveService.update", w -> as(w.customer().editor(), () -> objectives.update(
                w.objective().objective(), objectiveVersion(w), objectiveForm("Et nytt navn"))));
        calls.put("ObjectiveService.confirm", w -> as(w.customer().editor(),
                () -> objectives.confirm(w.objective().objective(), CheckId.O2, true)));
        calls.put("ObjectiveService.archive", w -> as(w.customer().editor(),
                () -> objectives.archive(w.objective().objective(), objectiveVersion(w))));
        calls.put("ObjectiveService.copyToNextQuarter", w -> as(w.customer().editor(),
                () -> objectives.copyToNextQuarter(List.of(w.objective().objective()))));
        calls.put("KeyResultService.add", w -> as(w.customer().editor(),
                () -> keyResults.add(w.objective().objective(), keyResult("Et til", "0", "10"))));
        calls.put("KeyResultService.update", w -> as(w.customer().editor(), () -> keyResults.update(
                w.objective().keyResult(), keyResultVersion(w), keyResult("Endret", "0", "10"))));
        calls.put("KeyResultService.archive", w -> as(w.customer().editor(),
                () -> keyResults.archive(w.objective().keyResult(), keyResultVersion(w))));
        calls.put("KeyResultService.checkIn", w -> as(w.customer().editor(),
                () -> keyResults.checkIn(w.objective().keyResult(), checkIn("150", Confidence.AT_RISK))));
        calls.put("CommentService.onKeyResult", w -> as(w.customer().viewer(),
                () -> comments.onKeyResult(w.objective().keyResult(), "Bra!")));
        calls.put("CommentService.onObjective", w -> as(w.customer().viewer(),
                () -> comments.onObjective(w.objective().objective(), "Bra!")));
        calls.put("MeetingLifecycleService.schedule", w -> as(w.customer().consultant(),
                () -> lifecycle.schedule(w.customer().id(), Instant.parse("2026-11-25T09:00:00Z"), List.of(), "Alle")));
        calls.put("MeetingLifecycleService.start", w -> as(w.customer().consultant(), () -> lifecycle.start(w.planned())));
        calls.put("MeetingLifecycleService.close", w -> as(w.customer().consultant(), () -> lifecycle.close(w.meeting())));
        calls.put("MeetingAgendaService.focus", w -> as(w.customer().consultant(),
                () -> agenda.focus(w.meeting(), w.objective().keyResult().value())));
        calls.put("MeetingAgendaService.move", w -> as(w.customer().consultant(),
                () -> agenda.move(w.meeting(), firstAgendaLine(w), 1)));
        calls.put("MeetingAgendaService.note", w -> as(w.customer().consultant(),
                () -> agenda.note(w.meeting(), firstAgendaLine(w), null, "Et notat")));
        calls.put("MeetingMinutesService.decide", w -> as(w.customer().consultant(),
                () -> minutes.decide(w.meeting(), "En beslutning")));
        calls.put("MeetingMinutesService.addAction", w -> as(w.customer().consultant(),
                () -> minutes.addAction(w.meeting(), "Et tiltak", null, null, LocalDate.of(2026, 12, 1))));
        calls.put("MeetingMinutesService.actionDone", w -> as(w.customer().consultant(),
                () -> minutes.actionDone(w.meeting(), w.action(), true)));
        calls.put("OkrExportService.csv", w -> as(w.customer().viewer(),
                () -> exports.csv(w.customer().id(), w.objective().quarter(), Locale.of("nb"))));
        calls.put("OkrExportService.xlsx", w -> as(w.customer().viewer(),
                () -> exports.xlsx(w.customer().id(), w.objective().quarter(), Locale.ENGLISH)));
        calls.put("EvaluationService.save", w -> as(w.customer().editor(),
                () -> evaluations.save(w.past().objective(), -1, asSuggested(w))));
        calls.put("EvaluationService.close", w -> as(w.customer().editor(),
                () -> evaluations.close(w.past().objective(), -1, asSuggested(w))));
        calls.put("ScreenPairingService.newCode", w -> screens.newCode(WebLogins.newAddress()));
        calls.put("ScreenPairingService.pair", w -> as(w.customer().consultant(),
                () -> screens.pair(w.meeting(), "AAA-AAA")));
        calls.put("ScreenPairingService.remove", w -> as(w.customer().consultant(),
                () -> screens.remove(w.meeting(), w.screen())));
        calls.put("MinutesDownloadService.closedMinutes", w -> as(w.customer().viewer(),
                () -> minutesDownloads.closedMinutes(w.closed(), "referat.pdf")));
        return calls;
    }

    @Test
    void every_write_method_of_every_service_is_listed_here() {
        assertThat(writeMethods()).as("add a call for each new write method to calls()")
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(calls().keySet()));
    }

    @Test
    void every_write_leaves_one_audit_entry_and_tells_the_live_screens_once_after_commit() throws Exception {
        for (var call : calls().entrySet()) {
            var world = world();
            var customerId = world.customer().id().value();
            var entriesBefore = auditEntries.count();
            var mark = committed.mark();
            var liveBefore = liveUpdates.changeCount(customerId);

            call.getValue().run(world);

            assertThat(auditEntries.count() - entriesBefore).as("%s: audit entries", call.getKey()).isEqualTo(1);
            var changes = committed.since(mark);
            assertThat(changes).as("%s: changes told to the live screens after commit", call.getKey()).hasSize(1);
            var changed = changes.getFirst().customerId();
            if (ABOUT_NO_CUSTOMER.contains(call.getKey())) {
                assertThat(changed).as("%s: no customer's data", call.getKey()).isNull();
                continue;
            }
            assertThat(changed).as("%s: whose data changed", call.getKey()).isNotNull();
            var before = changed.equals(customerId) ? liveBefore : 0;
            assertThat(liveUpdates.changeCount(changed) - before).as("%s: live updates of that customer", call.getKey())
                    .isEqualTo(1);
        }
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** The public methods of the application services that run in a read-write transaction. */
    private Set<String> writeMethods() {
        var transactions = new AnnotationTransactionAttributeSource();
        var found = new TreeSet<String>();
        for (var bean : context.getBeansWithAnnotation(Service.class).values()) {
            var type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("no.ambisjon")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                var attribute = transactions.getTransactionAttribute(method, type);
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && attribute != null
                        && !attribute.isReadOnly()) {
                    found.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(found).as("the scan finds the services").hasSizeGreaterThan(20);
        return found;
    }

    private Evaluation.Input asSuggested(World w) {
        var given = new java.util.HashMap<KeyResultId, Evaluation.Given>();
        evaluations.evaluation(w.past().objective()).grades()
                .forEach(g -> given.put(g.keyResult(), new Evaluation.Given(g.suggested(), null)));
        return new Evaluation.Input(given, null, null);
    }

    private World world() {
        var customer = testCustomers.create();
        var objective = okr.objective(customer, 2, 1);
        signIn.as(customer.consultant());
        var closed = lifecycle.schedule(customer.id(), Instant.parse("2026-11-11T09:00:00Z"), List.of(), null);
        lifecycle.start(closed);
        lifecycle.close(closed);
        var meeting = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), null);
        lifecycle.start(meeting);
        minutes.addAction(meeting, "Et tiltak", null, null, null);
        var action = meetingQueries.meeting(meeting).actions().getFirst().id();
        var planned = lifecycle.schedule(customer.id(), Instant.parse("2026-11-25T09:00:00Z"), List.of(), null);
        screens.pair(meeting, screens.newCode(WebLogins.newAddress()).orElseThrow().code());
        var screen = screens.screens(meeting).getFirst().id();
        signIn.as(ADMIN);
        userAdmin.sendPasswordLink(user(customer.viewer()).id());
        signIn.out();
        return new World(customer, objective, meeting, action, planned, closed, screen, okr.pastObjective(customer, "150"),
                mailLinks.passwordToken(customer.viewer()));
    }

    private void as(String username, ThrowingRunnable call) throws Exception {
        signIn.as(username);
        try {
            call.run();
        } finally {
            signIn.out();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private NewUser newLogin(World world) {
        var form = new NewUser();
        form.setUsername("ny-" + System.nanoTime() + "@" + world.customer().slug() + ".no");
        form.setDisplayName("Ny Bruker");
        form.setRole(Role.CUSTOMER_VIEWER);
        form.setCustomerId(world.customer().id().value());
        return form;
    }

    private CustomerForm customerForm(World world) {
        var form = new CustomerForm();
        form.setName("Ny kunde " + world.customer().slug());
        form.setSlug("ny-" + world.customer().slug());
        return form;
    }

    private no.ambisjon.security.UserRow user(String username) {
        return userAdmin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private no.ambisjon.customer.CustomerRow customerRow(World world) {
        return customerAdmin.customers().stream().filter(c -> c.slug().equals(world.customer().slug())).findFirst()
                .orElseThrow();
    }

    private long objectiveVersion(World world) {
        return okrs.objective(world.objective().objective()).objective().version();
    }

    private long keyResultVersion(World world) {
        return okrs.keyResult(world.objective().keyResult()).keyResult().version();
    }

    private long firstAgendaLine(World world) {
        return meetingQueries.meeting(world.meeting()).agenda().getFirst().id();
    }
}
