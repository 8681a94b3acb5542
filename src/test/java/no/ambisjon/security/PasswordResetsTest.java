package no.ambisjon.security;

import static no.ambisjon.WebLogins.newAddress;
import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.ambisjon.IntegrationTest;
import no.ambisjon.MailLinks;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.audit.AuditFilter;
import no.ambisjon.audit.AuditService;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.security.PasswordResets.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Forgot password?" as a visitor, and as someone probing for accounts or flooding a mailbox, would use it. */
@IntegrationTest
class PasswordResetsTest {

    @Autowired
    PasswordResets resets;
    @Autowired
    PasswordLinkService passwordLinks;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    MailLinks mailLinks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private int linksMailedTo(String address) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and kind = 'PASSWORD_LINK'",
                Integer.class, address);
    }

    private long audited(String actor) {
        signIn.as(ADMIN);
        try {
            return audit.count(new AuditFilter(null, actor, ChangeKind.PASSWORD_RESET_REQUESTED, null, null));
        } finally {
            signIn.out();
        }
    }

    @Test
    void a_known_address_gets_the_link_mail_and_an_unknown_one_the_same_answer_and_nothing() {
        var known = testCustomers.consultant();
        var unknown = "ingen-" + UUID.randomUUID() + "@eksempel.no";

        assertThat(resets.request(known, newAddress())).isEqualTo(Answer.ON_ITS_WAY);
        assertThat(resets.request(unknown, newAddress())).isEqualTo(Answer.ON_ITS_WAY);

        assertThat(linksMailedTo(known)).isEqualTo(1);
        assertThat(passwordLinks.username(mailLinks.passwordToken(known))).as("the link in it works").contains(known);
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class, unknown))
                .isZero();
        assertThat(audited(known)).isEqualTo(1);
        assertThat(resets.request("  " + known.toUpperCase() + " ", newAddress())).as("as it is typed")
                .isEqualTo(Answer.ON_ITS_WAY);
        assertThat(linksMailedTo(known)).isEqualTo(2);
    }

    @Test
    void a_burst_from_one_client_is_told_to_wait_and_one_mailbox_gets_at_most_three_links_an_hour() {
        var known = testCustomers.consultant();
        var client = newAddress();
        for (int i = 0; i < PasswordResets.PER_CLIENT; i++) {
            assertThat(resets.request("ukjent-" + i + "-" + UUID.randomUUID() + "@eksempel.no", client))
                    .isEqualTo(Answer.ON_ITS_WAY);
        }
        assertThat(resets.request(known, client)).as("whatever it types now").isEqualTo(Answer.WAIT);
        assertThat(resets.request("ukjent-" + UUID.randomUUID() + "@eksempel.no", client)).isEqualTo(Answer.WAIT);
        assertThat(linksMailedTo(known)).isZero();

        for (int i = 0; i < 6; i++) {
            assertThat(resets.request(known, newAddress())).as("the same answer").isEqualTo(Answer.ON_ITS_WAY);
        }
        assertThat(linksMailedTo(known)).isEqualTo(PasswordResets.PER_ADDRESS);
        assertThat(audited(known)).as("every request").isEqualTo(7);
    }
}
