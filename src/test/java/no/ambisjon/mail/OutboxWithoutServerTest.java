package no.ambisjon.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import no.ambisjon.IntegrationTest;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.mail.domain.OutgoingMailRepository;
import no.ambisjon.security.Person;
import no.ambisjon.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default has no mail server: mails are kept in the outbox, for an admin to read, and
 * never sent. (The shared test context has one, GreenMail's, so this builds the outbox without.)
 */
@IntegrationTest
class OutboxWithoutServerTest {

    @Autowired
    OutgoingMailRepository mails;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Changes changes;

    @Test
    void without_a_mail_server_a_mail_is_kept_and_never_due() {
        var none = new MailSettings("http://localhost:8080", "Ambisjon <ambisjon@localhost>",
                new MailSettings.Smtp(" ", 587, null, null, MailSettings.Security.STARTTLS),
                new MailSettings.Reminders(DayOfWeek.MONDAY, LocalTime.of(8, 0)));
        var outbox = new Outbox(mails, new MailServer(none));
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
}
