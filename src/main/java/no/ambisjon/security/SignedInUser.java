package no.ambisjon.security;

import java.io.Serializable;
import java.time.Instant;
import no.ambisjon.base.i18n.Language;

/**
 * The signed-in user as the rest of the application sees it: as the account was at login, checked
 * against the account as it is now on every request and every service call ({@link AccessCheck}).
 *
 * @param customerId        the customer a customer login belongs to; {@code null} for agency staff
 * @param credentialsStamp  a fingerprint of the password at login: another password ends the session
 * @param signedInAt        when the user signed in: the session ends a fixed time after, however busy
 */
public record SignedInUser(long id, String username, String displayName, Role role, Long customerId,
                           Language language, String credentialsStamp, Instant signedInAt) implements Serializable {

    /** The same user with what may change while signed in, as it is now. */
    SignedInUser with(Role role, String displayName, Language language) {
        return new SignedInUser(id, username, displayName, role, customerId, language, credentialsStamp, signedInAt);
    }

    /** The same sign-in, going on with a password the user has just changed. */
    SignedInUser withCredentials(String credentialsStamp) {
        return new SignedInUser(id, username, displayName, role, customerId, language, credentialsStamp, signedInAt);
    }
}
