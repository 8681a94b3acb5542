package no.ambisjon.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import no.ambisjon.KaribuTest;
import no.ambisjon.MailLinks;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.base.i18n.Translations;
import no.ambisjon.mail.domain.OutgoingMailRepository;
import no.ambisjon.security.NewUser;
import no.ambisjon.security.PasswordLinkIssued;
import no.ambisjon.security.PasswordLinkService;
import no.ambisjon.security.Person;
import no.ambisjon.security.Role;
import no.ambisjon.security.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default has no mail server: mails are kept in the outbox, for an admin to read, and
 * never sent. (The shared test context has one, GreenMail's, so this builds the outbox without.)
 */
class OutboxWithoutServerTest extends KaribuTest {

    private static final MailSettings NO_SERVER = new MailSettings("http://localhost:8080",
            "Ambisjon <ambisjon@localhost>", new MailSettings.Smtp(" ", 587, null, null, MailSettings.Security.STARTTLS),
            new MailSettings.Reminders(DayOfWeek.MONDAY, LocalTime.of(8, 0)));

    @Autowired
    OutgoingMailRepository mails;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    OutboxService outbox;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Changes changes;
    @Autowired
    Translations translations;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    PasswordLinkService passwordLinks;
    @Autowired
    MailLinks mailLinks;
    @Autowired
    Clock clock;

    @Test
    void without_a_mail_server_a_mail_is_kept_and_never_due() {
        var outbox = new Outbox(mails, new MailServer(NO_SERVER));
        var admin = jdbc.queryForObject("select id from user_account where username = 'admin@ambisjon.no'", Long.class);
        var recipient = new Person(admin, "admin@ambisjon.no", "Astrid Admin", Role.ADMIN, null, Language.NB);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.queue(new Mail(MailKind.PASSWORD_LINK, recipient, null, "Kept here",
                    new MailBody().paragraph("Nothing leaves")));
            changes.record(new MailChange(ChangeKind.REMINDERS_RUN, null, null, "a mail kept without a server"));
        });

        var kept = jdbc.queryForObject("select id from outgoing_mail where subject = 'Kept here'", Long.class);
        assertThat(mails.findById(kept).orElseThrow().getStatus()).isEqualTo(MailStatus.HELD);
        assertThat(delivery.due()).doesNotContain(kept);
        assertThat(delivery.deliver(kept)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_held_invitation_shows_the_admin_its_working_link_to_click_or_pass_on() {
        var username = "holdt-" + System.nanoTime() + "@kunde.no";
        signIn.as(ADMIN);
        var form = new NewUser();
        form.setUsername(username);
        form.setDisplayName("Hanne Holdt");
        form.setRole(Role.CONSULTANT);
        userAdmin.create(form);
        var token = mailLinks.passwordToken(username);
        var userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        var person = new Person(userId, username, "Hanne Holdt", Role.CONSULTANT, null, Language.NB);
        var held = new PasswordLinkMail(new Outbox(mails, new MailServer(NO_SERVER)), translations, NO_SERVER);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            held.on(new PasswordLinkIssued(ChangeKind.USER_CREATED, person, username, token,
                    clock.instant().plus(Duration.ofHours(24))));
            changes.record(new MailChange(ChangeKind.REMINDERS_RUN, null, userId, "an invitation kept without a server"));
        });
        var id = jdbc.queryForObject("select id from outgoing_mail where recipient = ? and status = 'HELD'", Long.class,
                username);
        var link = NO_SERVER.link("/set-password?token=" + token);

        var mail = outbox.mail(id);
        assertThat(mail.link()).isEqualTo(link);
        assertThat(mail.textWith(mail.link())).contains("Hei, Hanne Holdt", link);

        loginAs(ADMIN);
        navigate("admin/outbox");
        Grid<OutboxRow> grid = _get(Grid.class, spec -> spec.withId("outbox"));
        List<OutboxRow> rows = GridKt._fetch(grid, 0, 200);
        GridKt._clickItem(grid, rows.indexOf(rows.stream().filter(row -> row.id() == id).findFirst().orElseThrow()));
        assertThat(text(_get(Div.class, spec -> spec.withId("outbox-mail-text")))).contains("Hei, Hanne Holdt", link);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("outbox-mail-link")).getHref())
                .as("a link to click or copy").isEqualTo(link);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("outbox-mail-address"))).as("the login's address too")
                .extracting(Anchor::getHref).containsExactly(NO_SERVER.link("/login"));

        signIn.out();
        assertThat(passwordLinks.username(token)).as("and it works for the user it is passed on to").contains(username);
        passwordLinks.setPassword(token, "fjellvind-over-vidda");
    }
}
