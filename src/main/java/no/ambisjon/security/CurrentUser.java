package no.ambisjon.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, read from the security context of the current thread: a user, or a paired
 * meeting-room screen while it reads its meeting ({@link ScreenReads}), which counts as a viewer.
 */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ScreenReads.ScreenPrincipal screen) {
            return Optional.of(screen.asViewer());
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }
}
