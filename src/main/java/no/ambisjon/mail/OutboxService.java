package no.ambisjon.mail;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.ambisjon.mail.domain.OutgoingMail;
import no.ambisjon.mail.domain.OutgoingMailRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as an admin reads it: every mail the application wrote, newest first, whether it was
 * sent and, when no mail server is configured, exactly what would have been. The token of a one-time
 * link (to set a password, or to sign in) is shown only in a held mail, which the admin passes on
 * ({@link OutboxMail}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class OutboxService {

    /** A link in a mail's text, whose token is kept apart: the text around it to the next blank. */
    private static final Pattern LINK = Pattern.compile("\\S*" + Pattern.quote(OutgoingMail.LINK_TOKEN) + "\\S*");

    /**
     * How mail goes out here: whether a server is configured, and when the reminders are written.
     *
     * @param links where the application's own links in a mail start
     */
    public record Setup(boolean serverConfigured, DayOfWeek reminderDay, LocalTime reminderTime, String links) {
    }

    private final OutgoingMailRepository mails;
    private final MailServer server;
    private final MailSettings settings;
    private final MailLoader loader;

    OutboxService(OutgoingMailRepository mails, MailServer server, MailSettings settings, MailLoader loader) {
        this.loader = loader;
        this.mails = mails;
        this.server = server;
        this.settings = settings;
    }

    public Setup setup() {
        return new Setup(server.configured(), settings.reminders().day(), settings.reminders().time(), settings.link("/"));
    }

    public int count() {
        return (int) Math.min(Integer.MAX_VALUE, mails.count());
    }

    /**
     * A page of the outbox, newest first.
     *
     * @param offset a multiple of {@code limit}, as a grid asks for its pages
     */
    public List<OutboxRow> mails(int offset, int limit) {
        return mails.findNewestFirst(PageRequest.of(offset / limit, limit)).stream().map(OutboxService::row).toList();
    }

    public OutboxMail mail(long id) {
        var mail = loader.mail(id);
        var text = mail.getTextBody();
        var parts = new ArrayList<String>();
        String link = null;
        var links = LINK.matcher(text);
        var from = 0;
        while (links.find()) {
            parts.add(text.substring(from, links.start()));
            link = links.group();
            from = links.end();
        }
        parts.add(text.substring(from));
        var shown = link != null && mail.getStatus() == MailStatus.HELD && mail.getLinkToken() != null
                ? link.replace(OutgoingMail.LINK_TOKEN, mail.getLinkToken()) : null;
        return new OutboxMail(row(mail), parts, shown, mail.getAttachmentName());
    }

    private static OutboxRow row(OutgoingMail m) {
        return new OutboxRow(m.getId(), m.getCreatedAt(), m.getKind(), m.getStatus(), m.getRecipientName(),
                m.getRecipient(), m.getSubject(), m.getSentAt(), m.getAttempts(), m.getError());
    }
}
