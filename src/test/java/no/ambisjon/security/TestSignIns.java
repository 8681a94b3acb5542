package no.ambisjon.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A sign-in as the login makes it, without the password: for tests that act as a user. */
@Component
public class TestSignIns {

    private final AccountLoader accounts;
    private final CustomerStatus customers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TestSignIns(AccountLoader accounts, CustomerStatus customers, TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.customers = customers;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Authentication of(String username) {
        return of(username, clock.instant());
    }

    /** A sign-in made at a given time, say longer ago than a session may last. */
    public Authentication of(String username, Instant signedInAt) {
        var principal = transaction.execute(status -> AccountPrincipal.of(account(username), signedInAt));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** Whether the login would let the user in with the right password: the account and its customer are active. */
    public boolean mayLogIn(String username) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            var account = account(username);
            return account.isActive() && (account.getCustomerId() == null || customers.isActive(account.getCustomerId()));
        }));
    }

    private no.ambisjon.security.domain.UserAccount account(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
    }
}
