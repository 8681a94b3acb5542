package no.ambisjon.security;

import java.io.Serializable;
import no.ambisjon.base.i18n.Language;

/**
 * The signed-in user as the rest of the application sees it.
 *
 * @param customerId the customer a customer login belongs to; {@code null} for agency staff
 */
public record SignedInUser(long id, String username, String displayName, Role role, Long customerId,
                           Language language) implements Serializable {
}
