package no.ambisjon.security;

import java.time.Instant;
import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/**
 * A user created, sent a new link, or who asked for one ("forgot password?"), with a one-time link to
 * set a password: the mail module mails
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

    /** A link asked for under "forgot password?": nobody is signed in, so it is the address typed. */
    @Override
    public String actor() {
        return kind == ChangeKind.PASSWORD_RESET_REQUESTED ? recipient.username() : null;
    }

    @Override
    public String toString() {
        return "PasswordLinkIssued[" + kind + ", " + subject + "]";
    }
}
