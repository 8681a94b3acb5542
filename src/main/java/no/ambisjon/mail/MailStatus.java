package no.ambisjon.mail;

/** Where a mail is; each has a name in the bundles, {@code mail.status.<NAME>}. */
public enum MailStatus {
    /** No mail server is configured: kept for an admin to read, never sent. */
    HELD,
    /** Waiting for a node to send it, or to try again after the server refused it. */
    QUEUED,
    SENT,
    /** The server refused it too many times. */
    FAILED
}
