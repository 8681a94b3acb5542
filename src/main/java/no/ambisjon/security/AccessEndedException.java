package no.ambisjon.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/** The sign-in is no longer good: the session ends, and the login page says why. */
public class AccessEndedException extends AccessDeniedException {

    private final AccessCheck.Ended why;

    AccessEndedException(AccessCheck.Ended why) {
        super("Signed out: " + why);
        this.why = why;
    }

    public AccessCheck.Ended why() {
        return why;
    }

    /** The ended sign-in behind a failure, however deeply it is wrapped (a view that could not be made, say). */
    public static Optional<AccessEndedException> in(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessEndedException ended) {
                return Optional.of(ended);
            }
        }
        return Optional.empty();
    }
}
