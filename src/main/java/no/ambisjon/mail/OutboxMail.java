package no.ambisjon.mail;

/** A mail in the outbox, whole: its text as the recipient reads it, and the name of its attachment. */
public record OutboxMail(OutboxRow row, String text, String attachmentName) {
}
