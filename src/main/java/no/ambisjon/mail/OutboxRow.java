package no.ambisjon.mail;

import java.time.Instant;

/** A mail in the outbox, as its list shows it. */
public record OutboxRow(long id, Instant createdAt, MailKind kind, MailStatus status, String recipientName,
                        String recipient, String subject, Instant sentAt, int attempts, String error) {
}
