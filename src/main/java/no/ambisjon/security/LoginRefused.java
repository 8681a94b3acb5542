package no.ambisjon.security;

import org.springframework.security.authentication.BadCredentialsException;

/** A login that did not go through. The login page says the same whatever the reason was. */
class LoginRefused extends BadCredentialsException {

    LoginRefused(String reason) {
        super(reason);
    }
}
