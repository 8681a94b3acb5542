package no.ambisjon.mail;

import no.ambisjon.mail.domain.OutgoingMail;
import no.ambisjon.security.Person;

/**
 * A mail to write to the outbox, in its recipient's language.
 *
 * @param customerId the customer whose data it tells of, or {@code null}
 * @param linkToken  the secret token of a link, which the body holds as {@link OutgoingMail#LINK_TOKEN}; or {@code null}
 * @param attachment a PDF, or {@code null}
 */
record Mail(MailKind kind, Person recipient, Long customerId, String subject, MailBody body, String linkToken,
            String attachmentName, byte[] attachment) {

    Mail(MailKind kind, Person recipient, Long customerId, String subject, MailBody body) {
        this(kind, recipient, customerId, subject, body, null, null, null);
    }

    @Override
    public String toString() {
        return "Mail[" + kind + ", " + subject + "]";
    }
}
