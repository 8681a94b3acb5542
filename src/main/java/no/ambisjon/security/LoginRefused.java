package no.ambisjon.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A login that did not go through. The login page says the same whatever the reason was, except
 * while the name is under attack from many addresses: then every attempt from an address it has
 * not signed in from is told the same thing, that a link was mailed if the password was right.
 */
class LoginRefused extends BadCredentialsException {

    private final boolean toConfirmByMail;

    LoginRefused(String reason) {
        this(reason, false);
    }

    LoginRefused(String reason, boolean toConfirmByMail) {
        super(reason);
        this.toConfirmByMail = toConfirmByMail;
    }

    /** Whether the login page says to look for a mailed link (the same whether the password was right or not). */
    boolean toConfirmByMail() {
        return toConfirmByMail;
    }
}
