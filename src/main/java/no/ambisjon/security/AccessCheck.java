package no.ambisjon.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.base.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares a sign-in with the account as it is now: its role, whether it and its customer are
 * active, its password, and how long ago the user signed in. Every request ({@link CurrentAccessFilter}),
 * every service call ({@link CurrentAccessAdvisor}) and every live refresh (through the services)
 * asks it, so a right that was taken away is gone at once. What it read is kept until a change of
 * that account (or of a customer's status) commits ({@link SignedInSessions} tells it), and for 30
 * seconds at most.
 */
@Component
public class AccessCheck {

    /** Tells the login page why a session ended, when the browser reloads after a background request. */
    public static final String ENDED_COOKIE = "ambisjon-ended";

    /** Why a sign-in has ended. Each has a text on the login page, {@code login.ended.<NAME>}. */
    public enum Ended {
        /** The role was lowered, or the account or its customer deactivated. */
        ACCESS_CHANGED,
        /** The password was changed or reset (elsewhere). */
        PASSWORD_CHANGED,
        /** Signed in longer than a session may last. */
        EXPIRED
    }

    /** What the sign-in is worth now: the same, a fresher one (a higher role), or nothing. */
    public sealed interface Verdict permits Current, Refreshed, Gone {
    }

    public record Current() implements Verdict {
    }

    public record Refreshed(Authentication authentication) implements Verdict {
    }

    public record Gone(Ended why) implements Verdict {
    }

    /** The account as it is now: only its customer's logins have a customer, active or not. */
    private record Account(Role role, String displayName, Language language, boolean active, boolean customerActive,
                           String credentialsStamp) {
    }

    /** What was read of an account, and when. */
    private record Read(Optional<Account> account, Instant at) {
    }

    /** How long a read is trusted without a change this application saw: changes made past it (by hand in the database, say) count from then on. */
    private static final Duration TRUSTED_FOR = Duration.ofSeconds(30);

    private final Map<Long, Read> accounts = new ConcurrentHashMap<>();
    private final AccountLoader loader;
    private final CustomerStatus customers;
    private final Clock clock;
    private final Duration lifetime;
    private final TransactionTemplate reading;

    AccessCheck(AccountLoader loader, CustomerStatus customers, Clock clock, PlatformTransactionManager transactions,
                @Value("${ambisjon.session.absolute-timeout:12h}") Duration lifetime) {
        this.loader = loader;
        this.customers = customers;
        this.clock = clock;
        this.lifetime = lifetime;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
    }

    /** @return {@code null} for anything but a sign-in of this application (nobody signed in, a test's own) */
    public Verdict check(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return null;
        }
        var user = principal.user();
        if (clock.instant().isAfter(user.signedInAt().plus(lifetime))) {
            return new Gone(Ended.EXPIRED);
        }
        var now = current(user.id()).orElse(null);
        if (now == null || !now.active() || !now.customerActive()) {
            return new Gone(Ended.ACCESS_CHANGED);
        }
        if (!now.credentialsStamp().equals(user.credentialsStamp())) {
            return new Gone(Ended.PASSWORD_CHANGED);
        }
        if (now.role().isLowerThan(user.role())) {
            return new Gone(Ended.ACCESS_CHANGED);
        }
        if (now.role() != user.role() || !now.displayName().equals(user.displayName()) || now.language() != user.language()) {
            var fresh = principal.with(user.with(now.role(), now.displayName(), now.language()));
            return new Refreshed(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        }
        return new Current();
    }

    private Optional<Account> current(long userId) {
        var at = clock.instant();
        return accounts.compute(userId, (id, read) -> read != null && at.isBefore(read.at().plus(TRUSTED_FOR)) ? read
                : new Read(read(id), at)).account();
    }

    private Optional<Account> read(long userId) {
        return reading.execute(status -> {
            try {
                var account = loader.account(userId);
                return Optional.of(new Account(account.getRole(), account.getDisplayName(), account.getLanguage(),
                        account.isActive(), account.getCustomerId() == null || customers.isActive(account.getCustomerId()),
                        Credentials.stamp(account.getPasswordHash())));
            } catch (NotFoundException e) {
                return Optional.<Account>empty();
            }
        });
    }

    /** A change of an account, or of whether a customer is active, makes what was read stale. */
    void changed(Change change) {
        if (change.userId() != null) {
            accounts.remove(change.userId());
        } else if (change.kind() == ChangeKind.CUSTOMER_DEACTIVATED || change.kind() == ChangeKind.CUSTOMER_ACTIVATED) {
            accounts.clear();
        }
    }

    void forgetAll() {
        accounts.clear();
    }
}
