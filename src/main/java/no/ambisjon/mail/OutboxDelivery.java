package no.ambisjon.mail;

import java.time.Clock;
import java.util.List;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.mail.domain.OutgoingMail;
import no.ambisjon.mail.domain.OutgoingMailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what waits in the outbox, one mail per transaction. The mail's row is locked while it is
 * sent and marked sent before the lock is let go, so however many nodes deliver at once, each mail
 * goes once. A refusal is kept on the mail, which is tried again later, and given up after
 * {@link OutgoingMail#MAX_ATTEMPTS} tries.
 */
@Component
@Transactional
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 50;

    private final OutgoingMailRepository mails;
    private final MailServer server;
    private final Changes changes;
    private final Clock clock;

    OutboxDelivery(OutgoingMailRepository mails, MailServer server, Changes changes, Clock clock) {
        this.mails = mails;
        this.server = server;
        this.changes = changes;
        this.clock = clock;
    }

    /** Up to a batch of mails that wait to be sent now, oldest first; none without a mail server. */
    @Transactional(readOnly = true)
    List<Long> due() {
        return server.configured() ? mails.findDueIds(clock.instant(), PageRequest.of(0, BATCH)) : List.of();
    }

    /** Sends the mail unless another node has; {@code true} when this call sent it. */
    boolean deliver(long id) {
        var mail = mails.lockWaiting(id).orElse(null);
        if (mail == null) {
            return false;
        }
        var about = mail.getRecipient() + ": " + mail.getSubject();
        try {
            server.send(mail);
        } catch (MailException e) {
            log.warn("The mail server refused mail {} (attempt {}): {}", id, mail.getAttempts() + 1, e.getMessage());
            mail.refused(clock.instant(), e.getMessage());
            changes.record(new MailChange(ChangeKind.MAIL_FAILED, mail.getCustomerId(), mail.getRecipientId(),
                    about + " (" + mail.getAttempts() + "/" + OutgoingMail.MAX_ATTEMPTS + ")"));
            return false;
        }
        mail.sent(clock.instant());
        changes.record(new MailChange(ChangeKind.MAIL_SENT, mail.getCustomerId(), mail.getRecipientId(), about));
        return true;
    }
}
