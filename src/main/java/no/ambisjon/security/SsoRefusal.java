package no.ambisjon.security;

/**
 * Why a sign-in by the agency's identity provider got nowhere; each has a text on the login page,
 * {@code login.sso.<NAME>}.
 */
public enum SsoRefusal {
    /** The provider has not verified the address. */
    UNVERIFIED,
    /** Not an address in the agency's domain. */
    OTHER_DOMAIN,
    /** No account here has that address. */
    UNKNOWN,
    /** The address is a customer's login: customers sign in with their passwords. */
    NOT_STAFF,
    /** The account here is deactivated. */
    INACTIVE,
    /** The provider's answer could not be used. */
    FAILED
}
