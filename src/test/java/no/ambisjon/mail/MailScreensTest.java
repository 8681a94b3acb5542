package no.ambisjon.mail;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.KaribuTest;
import no.ambisjon.MovableClock;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The outbox as an admin reads it, and the reminders as a user turns them off. */
class MailScreensTest extends KaribuTest {

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    CheckInReminders reminders;
    @Autowired
    AccountService accounts;
    @Autowired
    OutboxService outbox;
    @Autowired
    MovableClock clock;
    @Autowired
    MailSettings settings;
    @Autowired
    OutboxDelivery delivery;

    @AfterEach
    void backToTheTestDay() {
        clock.set(FixedClockConfig.NOW.toInstant());
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_reads_each_mail_in_the_outbox_as_its_recipient_gets_it() {
        var customer = testCustomers.create();

        loginAs(ADMIN);
        navigate("admin/outbox");
        assertThat(_get(Paragraph.class, spec -> spec.withId("outbox-setup")).getText())
                .contains("Påminnelser om innsjekking skrives hver mandag kl. 08:00");
        Grid<OutboxRow> grid = _get(Grid.class, spec -> spec.withId("outbox"));
        List<OutboxRow> rows = GridKt._fetch(grid, 0, 50);
        var invitation = rows.stream().filter(row -> row.recipient().equals(customer.editor())).findFirst().orElseThrow();
        assertThat(invitation.kind()).isEqualTo(MailKind.INVITATION);
        assertThat(invitation.subject()).isEqualTo("Velkommen til Ambisjon");
        assertThat(rows).as("newest first").isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));

        GridKt._clickItem(grid, rows.indexOf(invitation));
        assertThat(text(_get(Div.class, spec -> spec.withId("outbox-mail-text"))))
                .as("a mail server will send it: the link is for the recipient alone")
                .contains("Hei, " + customer.editorName(),
                        "(lenken settes inn når e-posten sendes, og bare mottakeren ser den)")
                .doesNotContain("/set-password");
        _click(_get(Button.class, spec -> spec.withText("Lukk")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void once_sent_an_invitation_shows_the_admin_that_its_link_was_removed() {
        var smtp = new GreenMail(new ServerSetup(settings.smtp().port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var customer = testCustomers.create();
        signIn.as(ADMIN);
        var id = outbox.mails(0, 200).stream().filter(row -> row.recipient().equals(customer.viewer()))
                .findFirst().orElseThrow().id();
        try {
            assertThat(delivery.deliver(id)).isTrue();
            assertThat(smtp.getReceivedMessages()).hasSize(1);
        } finally {
            smtp.stop();
        }

        loginAs(ADMIN);
        navigate("admin/outbox");
        Grid<OutboxRow> grid = _get(Grid.class, spec -> spec.withId("outbox"));
        List<OutboxRow> rows = GridKt._fetch(grid, 0, 200);
        var sent = rows.stream().filter(row -> row.id() == id).findFirst().orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        GridKt._clickItem(grid, rows.indexOf(sent));
        assertThat(text(_get(Div.class, spec -> spec.withId("outbox-mail-text"))))
                .contains("(lenken er fjernet etter sending)").doesNotContain("/set-password");
    }

    @Test
    void no_one_but_an_admin_reads_the_outbox_not_even_a_mail_to_themselves() {
        var customer = testCustomers.create();
        signIn.as(ADMIN);
        var own = outbox.mails(0, 50).stream().filter(row -> row.recipient().equals(customer.editor()))
                .findFirst().orElseThrow().id();
        for (var user : List.of(customer.editor(), customer.viewer(), customer.consultant())) {
            signIn.as(user);
            assertThatThrownBy(() -> outbox.mail(own)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outbox.mails(0, 50)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_user_who_turns_reminders_off_on_the_account_page_gets_none() {
        TestCustomer customer = testCustomers.create();
        loginAs(customer.editor());
        navigate("account");
        var box = _get(Checkbox.class, spec -> spec.withId("check-in-reminders"));
        assertThat(box.getValue()).as("on to begin with").isTrue();
        type(box, false);
        assertThat(_get(Checkbox.class, spec -> spec.withId("check-in-reminders")).getValue()).isFalse();
        signIn.as(customer.editor());
        assertThat(accounts.checkInReminders()).as("stored").isFalse();
    }
}
