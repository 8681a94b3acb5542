package no.ambisjon.mail;

import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/**
 * A mail sent or refused by the server, or a week's reminders written.
 *
 * @param customerId the customer whose data the mail tells of, or {@code null}
 * @param userId     the recipient, or {@code null} for a run
 */
record MailChange(ChangeKind kind, Long customerId, Long userId, String subject) implements Change {
}
