package no.ambisjon.security;

import java.io.Serializable;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.security.domain.UserAccount;

/**
 * A user as others see them: to name them, pick them as a meeting's attendee or write to them. Their
 * username is their e-mail address.
 *
 * @param customerId the customer of a customer login; {@code null} for agency staff
 */
public record Person(long id, String username, String displayName, Role role, Long customerId, Language language)
        implements Serializable {

    static Person of(UserAccount account) {
        return new Person(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getCustomerId(), account.getLanguage());
    }
}
