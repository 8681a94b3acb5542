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
        return token(username, "INVITATION', 'PASSWORD_LINK");
    }

    /** As {@link #passwordToken}, for the newest link to sign in. */
    public String signInToken(String username) {
        return token(username, "SIGN_IN_LINK");
    }

    /** How many links to sign in were mailed to {@code username}. */
    public int signInLinks(String username) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ? and kind = 'SIGN_IN_LINK'",
                Integer.class, username);
    }

    private String token(String username, String kinds) {
        return jdbc.queryForList("select link_token from outgoing_mail where recipient = ? and link_token is not null"
                        + " and kind in ('" + kinds + "') order by id desc", String.class, username).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No link waits to be mailed to " + username));
    }
}
