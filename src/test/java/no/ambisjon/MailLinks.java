package no.ambisjon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ambisjon.demo.DemoData;
import no.ambisjon.mail.OutboxService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Links in the mails the application wrote, followed as their recipient would. */
@Component
public class MailLinks {

    private static final Pattern PASSWORD_LINK = Pattern.compile("/set-password\\?token=([A-Za-z0-9_-]+)");

    private final OutboxService outbox;
    private final SignIn signIn;

    MailLinks(OutboxService outbox, SignIn signIn) {
        this.outbox = outbox;
        this.signIn = signIn;
    }

    /** The token of the newest link to set a password that was mailed to {@code username}, read by an admin. */
    public String passwordToken(String username) {
        var before = SecurityContextHolder.getContext();
        signIn.as(DemoData.ADMIN);
        try {
            return outbox.mails(0, 200).stream()
                    .filter(row -> row.recipient().equals(username))
                    .map(row -> PASSWORD_LINK.matcher(outbox.mail(row.id()).text()))
                    .filter(Matcher::find).map(matcher -> matcher.group(1)).findFirst()
                    .orElseThrow(() -> new AssertionError("No password link was mailed to " + username));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
