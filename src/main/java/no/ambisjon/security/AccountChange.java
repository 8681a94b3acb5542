package no.ambisjon.security;

import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;

/**
 * A change of a user account: created, changed by an administrator, a new password, a login.
 *
 * @param userId     the account, or {@code null} for a login with a username nobody has
 * @param customerId the customer a customer login belongs to; {@code null} for agency staff
 * @param actor      who did it when nobody is signed in yet (a login); {@code null} otherwise
 */
public record AccountChange(ChangeKind kind, Long userId, Long customerId, String subject, String actor)
        implements Change {

    /** The actor of a login with a name nobody has; the name as typed is never kept (it may be a password). */
    public static final String UNKNOWN_USER = "unknown";

    /** The actor of a login with a name nobody has, under a key that groups its attempts without telling the name. */
    static String unknownUser(String key) {
        return UNKNOWN_USER + ":" + key;
    }
}
