package no.ambisjon.security;

import java.time.Instant;
import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/**
 * A user created, or sent a new link, with a one-time link to set a password: the mail module mails
 * it in this transaction. The token is in no other place (the database keeps only its hash), and
 * neither the audit log nor the other nodes are told it.
 */
public record PasswordLinkIssued(ChangeKind kind, Person recipient, String subject, String token, Instant expiresAt)
        implements Change {

    /** A new login's first link, rather than one an admin sent again. */
    public boolean invitation() {
        return kind == ChangeKind.USER_CREATED;
    }

    @Override
    public Long customerId() {
        return recipient.customerId();
    }

    @Override
    public Long userId() {
        return recipient.id();
    }

    @Override
    public String toString() {
        return "PasswordLinkIssued[" + kind + ", " + subject + "]";
    }
}
