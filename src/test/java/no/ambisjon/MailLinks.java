package no.ambisjon;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Links in the mails the application wrote, followed as their recipient would. */
@Component
public class MailLinks {

    private final JdbcTemplate jdbc;

    MailLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The token of the newest link to set a password that was mailed to {@code username}, as the mail
     * carries it when it is sent: the outbox keeps it apart from the mail's text until then.
     */
    public String passwordToken(String username) {
        return jdbc.queryForList("select link_token from outgoing_mail where recipient = ? and link_token is not null"
                        + " order by id desc", String.class, username).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No password link waits to be mailed to " + username));
    }
}
