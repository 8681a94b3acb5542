package no.ambisjon.mail;

import no.ambisjon.mail.domain.OutgoingMail;
import no.ambisjon.mail.domain.OutgoingMailRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mails to the outbox in the transaction of what caused them: a mail is kept exactly when
 * its cause is, and sent later by one node ({@link OutboxDelivery}). With no mail server it is kept
 * as {@link MailStatus#HELD}, for an admin to read. The cause's own change (a user created, a meeting
 * closed, a week's reminders) is what the audit log records; sending each mail is recorded too.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Outbox {

    private final OutgoingMailRepository mails;
    private final MailServer server;

    Outbox(OutgoingMailRepository mails, MailServer server) {
        this.mails = mails;
        this.server = server;
    }

    void queue(Mail mail) {
        var to = mail.recipient();
        mails.save(new OutgoingMail(mail.kind(), server.configured() ? MailStatus.QUEUED : MailStatus.HELD, to.id(),
                to.username(), to.displayName(), mail.customerId(), to.language(), mail.subject(),
                mail.body().text(), mail.body().html(mail.subject()), mail.linkToken(), mail.attachmentName(),
                mail.attachment()));
    }
}
