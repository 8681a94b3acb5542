package no.ambisjon.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import no.ambisjon.base.i18n.Language;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads made for a meeting-room screen paired to a meeting. The screen's browser is never signed in:
 * its session stays anonymous, so no page opens for it by address. Only while the screen's own view
 * reads its meeting does the thread carry a sign-in of the screen, which the services see as a
 * viewer of that one customer ({@link CurrentUser}) with the single authority {@code ROLE_SCREEN},
 * which no service that changes anything allows.
 */
@Component
public class ScreenReads {

    /** The screen, as the services see it while it reads. */
    record ScreenPrincipal(long pairingId, long customerId, Language language, Instant pairedAt) implements Serializable {

        SignedInUser asViewer() {
            return new SignedInUser(0, "screen-" + pairingId, "screen", Role.CUSTOMER_VIEWER, customerId, language, "",
                    pairedAt);
        }
    }

    /** Runs {@code read} as the screen of pairing {@code pairingId}, and puts back whoever was on the thread. */
    public <T> T as(long pairingId, long customerId, Language language, Instant pairedAt, Supplier<T> read) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var principal = new ScreenPrincipal(pairingId, customerId, language, pairedAt);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_SCREEN"))));
        SecurityContextHolder.setContext(context);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
