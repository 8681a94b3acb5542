package no.ambisjon.security;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import no.ambisjon.base.NotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the application makes on a user's behalf, to write to them: a scheduled reminder, the minutes
 * of a meeting they attended. While {@code read} runs, the thread carries the user's own sign-in as
 * their account is now, so that every service checks tenancy and role exactly as for them: a mail
 * can hold only what its recipient may see. Only read-only service methods run
 * ({@link CurrentAccessAdvisor}). Call it outside a transaction: a read refused inside one would
 * mark the caller's transaction for rollback.
 */
@Component
public class ReadsOnBehalf {

    private final People people;
    private final Clock clock;

    ReadsOnBehalf(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /**
     * Runs {@code read} as user {@code userId}, and puts back whoever was on the thread.
     *
     * @return empty when the user, or their customer, no longer has access, or what they asked for is not theirs to see
     */
    public <T> Optional<T> as(long userId, Supplier<T> read) {
        var account = people.activeAccount(userId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var principal = AccountPrincipal.onBehalfOf(account.get(), clock.instant());
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Optional.ofNullable(read.get());
        } catch (AccessEndedException | NotFoundException e) {
            return Optional.empty();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
