package no.ambisjon.security;

import java.time.Instant;
import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/**
 * The right password from an address a name under attack has not signed in from: the user gets a
 * one-time link to sign in by mail (the mail module mails it in this transaction). The token is in
 * no other place (the database keeps only its hash), and neither the audit log nor the other nodes
 * are told it.
 *
 * @param address where the password was typed, for the mail to say
 */
public record SignInLinkIssued(Person recipient, String address, String token, Instant expiresAt) implements Change {

    @Override
    public ChangeKind kind() {
        return ChangeKind.SIGN_IN_LINK_SENT;
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
    public String subject() {
        return address;
    }

    /** Nobody is signed in yet: the attempt was the recipient's. */
    @Override
    public String actor() {
        return recipient.username();
    }

    @Override
    public String toString() {
        return "SignInLinkIssued[" + recipient.username() + ", " + address + "]";
    }
}
