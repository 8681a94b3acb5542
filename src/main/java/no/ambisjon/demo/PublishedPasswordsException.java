package no.ambisjon.demo;

import java.util.List;

/** The database has demo logins with the demo's published password, and the demo was not asked for. */
class PublishedPasswordsException extends IllegalStateException {

    private final List<String> logins;

    PublishedPasswordsException(List<String> logins) {
        super("This database holds demo logins with the demo's published password (" + String.join(", ", logins) + ")");
        this.logins = logins;
    }

    List<String> logins() {
        return logins;
    }
}
