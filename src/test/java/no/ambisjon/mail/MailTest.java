package no.ambisjon.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.IntegrationTest;
import no.ambisjon.MovableClock;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.customer.CustomerPeople;
import no.ambisjon.demo.DemoData;
import no.ambisjon.mail.domain.OutgoingMailRepository;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.security.AccountService;
import no.ambisjon.security.NewUser;
import no.ambisjon.security.PasswordLinkService;
import no.ambisjon.security.PasswordRejectedException;
import no.ambisjon.security.Person;
import no.ambisjon.security.Role;
import no.ambisjon.security.UserAdminService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mail as its recipients get it, through a real SMTP server in the test JVM (GreenMail): who gets
 * what, in which language, with which links, and that nothing is sent twice or to the wrong people.
 * Each test makes its own customers and users, and its own week for the reminders.
 */
@IntegrationTest
class MailTest {

    private static final Pattern TOKEN = Pattern.compile("/set-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MailSettings settings;
    @Autowired
    CheckInReminders reminders;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    OutgoingMailRepository outbox;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    PasswordLinkService passwordLinks;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    CustomerPeople people;
    @Autowired
    OutboxService outboxService;
    @Autowired
    SignIn signIn;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;

    @BeforeEach
    void startTheMailServer() {
        smtp = new GreenMail(new ServerSetup(settings.smtp().port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
        clock.set(FixedClockConfig.NOW.toInstant());
        signIn.out();
    }

    @Test
    void reminders_go_to_each_customers_editor_and_consultant_in_their_language_with_only_their_key_results() throws Exception {
        var cafe = testCustomers.create();
        var shop = testCustomers.create();
        inEnglish(cafe.editor());
        var cafeWaiting = waitingKeyResult(cafe, "Salg <b>netto</b> & mer " + cafe.shortName());
        var shopWaiting = waitingKeyResult(shop, "Nye abonnenter " + shop.shortName());
        emptyInboxes();

        inWeek(1);
        assertThat(reminders.runIfDue()).isPositive();
        deliverAll();

        var editorMail = onlyMailTo(cafe.editor());
        assertThat(editorMail.getSubject()).isEqualTo(cafe.name() + ": one key result waits for a check-in");
        var text = text(editorMail);
        assertThat(text).contains("Hi " + cafe.editorName(), "This key result at " + cafe.name() + " has had no check-in", cafeWaiting, "100 of 200 besøk", "no check-in yet this quarter",
                settings.link("/customers/" + cafe.slug()), settings.link("/account"));
        assertThat(html(editorMail)).as("the user's own words are escaped in HTML")
                .contains("Salg &lt;b&gt;netto&lt;/b&gt; &amp; mer").doesNotContain("<b>netto</b>")
                .contains("href=\"" + settings.link("/customers/" + cafe.slug()) + "\"");

        var consultantMail = onlyMailTo(cafe.consultant());
        assertThat(consultantMail.getSubject()).isEqualTo(cafe.name() + ": ett nøkkelresultat venter på innsjekking");
        assertThat(text(consultantMail)).contains("Hei, " + cafe.consultantName(), cafeWaiting, "100 av 200 besøk");

        assertThat(mailsTo(cafe.viewer())).as("a viewer may not check in").isEmpty();
        for (var person : List.of(shop.editor(), shop.consultant())) {
            var mail = onlyMailTo(person);
            assertThat(text(mail)).contains(shopWaiting).doesNotContain(cafeWaiting, cafe.name());
        }
        assertThat(text(editorMail)).doesNotContain(shopWaiting, shop.name());
    }

    @Test
    void this_weeks_demo_reminders_are_for_bolgen_kafe_three_weeks_without_a_check_in_each_in_its_readers_language() {
        clock.set(FixedClockConfig.NOW.toInstant());
        reminders.runIfDue();

        assertThat(reminderSubjects(DemoData.BOLGEN_EDITOR)).as("Sofie reads English")
                .containsExactly("Bølgen Kafé: 7 key results wait for a check-in");
        assertThat(reminderSubjects(DemoData.KARI)).as("Kari reads Norwegian")
                .containsExactly("Bølgen Kafé: 7 nøkkelresultater venter på innsjekking");
        assertThat(reminderSubjects(DemoData.BOLGEN_VIEWER)).as("a viewer").isEmpty();
        assertThat(reminderSubjects(DemoData.ADMIN)).as("an admin").isEmpty();
        assertThat(reminderSubjects(DemoData.FJELLSPORT_EDITOR)).as("checked in within the week").isEmpty();
    }

    @Test
    void nothing_is_sent_about_key_results_checked_in_this_week_nor_to_those_who_turned_reminders_off() throws Exception {
        var fresh = testCustomers.create();
        var made = okr.objective(fresh, 2, 1);
        var quiet = testCustomers.create();
        waitingKeyResult(quiet, "Besøk i butikken " + quiet.shortName());
        signIn.as(quiet.editor());
        accounts.chooseCheckInReminders(false);
        emptyInboxes();

        inWeek(2);
        signIn.as(fresh.consultant());
        made.keyResults().forEach(kr -> keyResults.checkIn(kr, OkrFixtures.checkIn("150", Confidence.ON_TRACK)));
        signIn.out();
        reminders.runIfDue();
        deliverAll();

        assertThat(mailsTo(fresh.editor())).as("everything checked in within the week").isEmpty();
        assertThat(mailsTo(fresh.consultant())).isEmpty();
        assertThat(mailsTo(quiet.editor())).as("turned off").isEmpty();
        assertThat(mailsTo(quiet.consultant())).as("still on").hasSize(1);
    }

    @Test
    void each_weeks_reminders_are_written_once_however_many_nodes_run_them_at_once() throws Exception {
        var customer = testCustomers.create();
        waitingKeyResult(customer, "Bestillinger på nett " + customer.shortName());
        inWeek(3);

        var written = both(() -> reminders.runIfDue(), () -> reminders.runIfDue());
        assertThat(written).as("one node writes them, the other finds them written").containsOnlyOnce(0)
                .anySatisfy(count -> assertThat(count).isPositive());
        assertThat(reminders.runIfDue()).as("and again later").isZero();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and kind = ?",
                Long.class, customer.editor(), MailKind.CHECK_IN_REMINDER.name())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_run where job = ? and period = ?", Long.class,
                CheckInReminders.JOB, reminders.latestDue().toString())).isEqualTo(1);
    }

    @Test
    void each_mail_is_sent_once_when_two_nodes_deliver_at_once() throws Exception {
        var customer = testCustomers.create();
        waitingKeyResult(customer, "Påmeldinger " + customer.shortName());
        deliverAll();
        emptyInboxes();
        inWeek(4);
        reminders.runIfDue();
        var ids = jdbc.queryForList("select id from outgoing_mail where recipient in (?, ?) and status = 'QUEUED'"
                + " and kind = 'CHECK_IN_REMINDER'", Long.class, customer.editor(), customer.consultant());
        assertThat(ids).hasSize(2);

        both(() -> ids.stream().filter(delivery::deliver).count(), () -> ids.stream().filter(delivery::deliver).count());

        assertThat(mailsTo(customer.editor())).hasSize(1);
        assertThat(mailsTo(customer.consultant())).hasSize(1);
        assertThat(outbox.findAllById(ids)).allSatisfy(mail -> assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void a_mail_the_server_refuses_is_tried_again_later_and_given_up_after_five_tries() throws Exception {
        var customer = testCustomers.create();
        waitingKeyResult(customer, "Leads fra skjema " + customer.shortName());
        deliverAll();
        inWeek(5);
        reminders.runIfDue();
        var id = jdbc.queryForObject("select id from outgoing_mail where recipient = ? and status = 'QUEUED'"
                + " and kind = 'CHECK_IN_REMINDER'", Long.class, customer.editor());
        smtp.stop();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(delivery.due()).as("due at attempt " + attempt).contains(id);
            assertThat(delivery.deliver(id)).isFalse();
            assertThat(delivery.due()).as("waits after attempt " + attempt).doesNotContain(id);
            clock.move(Duration.ofMinutes(65));
        }
        var mail = outbox.findById(id).orElseThrow();
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(5);
        assertThat(mail.getError()).isNotBlank();
        assertThat(delivery.due()).doesNotContain(id);
    }

    @Test
    void the_minutes_go_to_the_attendees_with_a_login_in_their_language_with_the_pdf() throws Exception {
        var customer = testCustomers.create();
        var other = testCustomers.create();
        okr.objective(customer, 2, 1);
        inEnglish(customer.editor());
        emptyInboxes();
        signIn.as(customer.consultant());
        var team = people.people(customer.id());
        var attendees = team.stream().filter(p -> p.username().equals(customer.editor())
                || p.username().equals(customer.consultant())).map(Person::id).toList();
        assertThat(team).extracting(Person::username).as("whom the consultant may pick")
                .contains(customer.editor(), customer.viewer(), customer.consultant(), DemoData.ADMIN)
                .doesNotContain(other.editor(), other.consultant());
        signIn.as(other.consultant());
        var outsider = people.people(other.id()).stream().filter(p -> p.username().equals(other.editor()))
                .findFirst().orElseThrow().id();
        signIn.as(customer.consultant());
        assertThatThrownBy(() -> lifecycle.schedule(customer.id(), clock.instant(), List.of(attendees.getFirst(), outsider), null))
                .as("another customer's person").isInstanceOf(IllegalArgumentException.class);

        var meeting = lifecycle.schedule(customer.id(), clock.instant(), attendees, "Gjest Utenfra");
        lifecycle.start(meeting);
        lifecycle.close(meeting);
        signIn.out();
        deliverAll();

        var english = onlyMailTo(customer.editor());
        assertThat(english.getSubject()).startsWith("Minutes of the triad meeting with " + customer.name());
        assertThat(text(english)).contains("Hi " + customer.editorName(), "Nøkkelresultat 1",
                settings.link("/meetings/" + meeting.value()));
        assertThat(attachment(english)).as("the minutes as PDF").satisfies(pdf -> {
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            assertThat(pdf.getFileName()).endsWith(".pdf");
        });
        var norwegian = onlyMailTo(customer.consultant());
        assertThat(norwegian.getSubject()).startsWith("Referat fra triademøtet med " + customer.name());
        assertThat(mailsTo(customer.viewer())).as("did not attend").isEmpty();
        assertThat(mailsTo(other.editor())).isEmpty();
    }

    @Test
    void an_invitation_links_to_setting_a_password_once_within_24_hours_and_a_new_link_replaces_it() throws Exception {
        var username = "invitert-" + System.nanoTime() + "@kunde.no";
        signIn.as(DemoData.ADMIN);
        var form = new NewUser();
        form.setUsername(username);
        form.setDisplayName("Ida Invitert");
        form.setRole(Role.CONSULTANT);
        form.setLanguage(Language.EN);
        deliverAll();
        emptyInboxes();
        var id = userAdmin.create(form);
        signIn.out();
        deliverAll();

        var invitation = onlyMailTo(username);
        assertThat(invitation.getSubject()).as("in the language the admin chose").isEqualTo("Welcome to Ambisjon");
        var first = token(text(invitation));
        assertThat(text(invitation)).contains("Hi Ida Invitert", username, settings.link("/set-password?token=" + first),
                "The link works once, until");
        assertThat(passwordLinks.username(first)).contains(username);

        clock.move(Duration.ofHours(25));
        assertThat(passwordLinks.username(first)).as("after 24 hours").isEmpty();
        assertThatThrownBy(() -> passwordLinks.setPassword(first, "fjellvind-over-vidda"))
                .isInstanceOf(PasswordRejectedException.class);

        signIn.as(DemoData.ADMIN);
        userAdmin.sendPasswordLink(id);
        signIn.out();
        deliverAll();
        var second = token(text(mailsTo(username).getLast()));
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> passwordLinks.setPassword(second, "kort"))
                .as("a weak password, said at the field").isInstanceOf(PasswordRejectedException.class);
        passwordLinks.setPassword(second, "fjellvind-over-vidda");
        assertThatThrownBy(() -> passwordLinks.setPassword(second, "enda-et-nytt-passord"))
                .as("used once").isInstanceOf(PasswordRejectedException.class);
    }

    @Test
    void a_link_to_set_a_password_reaches_its_recipient_and_is_kept_nowhere_once_the_mail_is_sent() throws Exception {
        var username = "lenke-" + System.nanoTime() + "@kunde.no";
        emptyInboxes();
        signIn.as(DemoData.ADMIN);
        var form = new NewUser();
        form.setUsername(username);
        form.setDisplayName("Lene Lenke");
        form.setRole(Role.CONSULTANT);
        userAdmin.create(form);
        signIn.out();
        var id = jdbc.queryForObject("select id from outgoing_mail where recipient = ?", Long.class, username);
        signIn.as(DemoData.ADMIN);
        var waiting = outboxService.mail(id);
        assertThat(waiting.link()).as("while it waits to be sent, for the recipient only").isNull();
        assertThat(waiting.textWith("(…)")).contains("Lene Lenke", "(…)").doesNotContain("/set-password");
        signIn.out();
        deliverAll();

        var mail = onlyMailTo(username);
        var token = token(text(mail));
        assertThat(html(mail)).contains("href=\"" + settings.link("/set-password?token=" + token) + "\"");
        assertThat(passwordLinks.username(token)).as("the link works").contains(username);
        var stored = jdbc.queryForMap("select * from outgoing_mail where id = ?", id);
        assertThat(stored.get("status")).isEqualTo(MailStatus.SENT.name());
        assertThat(stored.values()).as("the stored copy of the sent mail")
                .noneMatch(value -> value != null && String.valueOf(value).contains(token));
        assertThat((String) stored.get("text_body")).contains("Lene Lenke", settings.link("/login"));
        signIn.as(DemoData.ADMIN);
        var sent = outboxService.mail(id);
        assertThat(sent.link()).as("once sent, the outbox has no link to show").isNull();
        assertThat(sent.text()).as("only its place, to say it was removed").hasSize(2);
        assertThat(sent.textWith("(…)")).doesNotContain(token, "/set-password");
    }

    /** The subjects of the reminders written to {@code username} on the test day (other tests have weeks of their own). */
    private List<String> reminderSubjects(String username) {
        return jdbc.queryForList("select subject from outgoing_mail where recipient = ? and kind = 'CHECK_IN_REMINDER'"
                + " and created_at = ?", String.class, username, java.sql.Timestamp.from(FixedClockConfig.NOW.toInstant()));
    }

    private String waitingKeyResult(TestCustomer customer, String title) {
        var made = okr.objective(customer, 0, 0);
        signIn.as(customer.consultant());
        keyResults.add(made.objective(), OkrFixtures.keyResult(title, "100", "200"));
        signIn.out();
        return title;
    }

    private void inEnglish(String username) {
        signIn.as(username);
        accounts.changeLanguage(Language.EN);
        signIn.out();
    }

    /** Sends what waits (the test users' invitations), and forgets it: the test looks only at what comes next. */
    private void emptyInboxes() throws Exception {
        deliverAll();
        smtp.purgeEmailFromAllMailboxes();
    }

    /**
     * A week of the test's own, still in the test day's quarter, so that its reminders have not been
     * written by another test.
     */
    private void inWeek(int weeksAhead) {
        clock.set(FixedClockConfig.NOW.plusWeeks(weeksAhead).toInstant());
    }

    private void deliverAll() {
        List<Long> due;
        while (!(due = delivery.due()).isEmpty()) {
            due.forEach(delivery::deliver);
        }
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        var found = new ArrayList<MimeMessage>();
        for (var message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().contains(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        var mails = mailsTo(address);
        assertThat(mails).as("mails to " + address).hasSize(1);
        return mails.getFirst();
    }

    /** The plain text, with the no-break spaces between a number and its unit read as spaces. */
    private static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain").getContent().toString().replace('\u00a0', ' ');
    }

    private static String html(MimeMessage message) throws Exception {
        return part(message, "text/html").getContent().toString();
    }

    private static Part attachment(MimeMessage message) throws Exception {
        return part(message, "application/pdf");
    }

    private static Part part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String token(String text) {
        var matcher = TOKEN.matcher(text);
        assertThat(matcher.find()).as("a link to set a password in: " + text).isTrue();
        return matcher.group(1);
    }

    /** Runs both at once, as two nodes would, and returns what each returned. */
    private static <T> List<T> both(Callable<T> one, Callable<T> other) throws Exception {
        try (var nodes = Executors.newFixedThreadPool(2)) {
            var first = nodes.submit(one);
            var second = nodes.submit(other);
            return List.of(first.get(), second.get());
        }
    }
}
