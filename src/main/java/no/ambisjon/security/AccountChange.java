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
}
