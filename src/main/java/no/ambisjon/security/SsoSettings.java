package no.ambisjon.security;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on for agency staff, from {@code ambisjon.sso.*} (environment {@code AMBISJON_SSO_*}).
 *
 * @param issuer       the identity provider's issuer address; blank: no single sign-on
 * @param emailDomain  the agency's e-mail domain, e.g. {@code byraa.no}: no other address signs in
 * @param button       the provider's name on the login page's button, e.g. "Byrå-konto"
 */
@ConfigurationProperties("ambisjon.sso")
public record SsoSettings(String issuer, String clientId, String clientSecret, String emailDomain, String button) {

    /** The registration's id in Spring Security: its addresses are /oauth2/authorization/agency and back. */
    public static final String REGISTRATION = "agency";

    public boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }

    /** Whether an address is in the agency's domain. */
    boolean inDomain(String email) {
        return emailDomain != null && !emailDomain.isBlank() && email != null
                && email.toLowerCase(Locale.ROOT).endsWith("@" + emailDomain.strip().toLowerCase(Locale.ROOT));
    }
}
