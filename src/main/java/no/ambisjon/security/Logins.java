package no.ambisjon.security;

import java.time.Clock;
import java.util.UUID;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a user in, or refuses. Every attempt costs the same work whatever the account (one password
 * hash, also for a name nobody has, a locked or a deactivated account) and gets the same answer;
 * only the audit log says why. Every attempt is written down and audited in its own transaction,
 * which a refusal does not roll back.
 */
@Component
@Transactional(noRollbackFor = LoginRefused.class)
class Logins {

    private final AccountLoader accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final CustomerStatus customers;
    private final Changes changes;
    private final TurnsAcrossNodes turns;
    private final Clock clock;
    private volatile String decoy;

    Logins(AccountLoader accounts, LoginThrottle throttle, PasswordEncoder encoder, CustomerStatus customers,
           Changes changes, TurnsAcrossNodes turns, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.encoder = encoder;
        this.customers = customers;
        this.changes = changes;
        this.turns = turns;
        this.clock = clock;
    }

    /** @throws LoginRefused whatever went wrong */
    Authentication authenticate(String username, String password, String address) {
        var typed = username == null ? "" : username;
        turns.take(typed);
        var account = accounts.byUsername(typed).orElse(null);
        var refusal = throttle.before(typed, account, address);
        var matches = password != null && encoder.matches(password, account == null ? decoy() : account.getPasswordHash());
        var reason = reason(refusal, account, matches);
        if (reason == null) {
            throttle.record(typed, account, address, true);
            changes.record(new AccountChange(ChangeKind.LOGIN_SUCCEEDED, account.getId(), account.getCustomerId(),
                    address, account.getUsername()));
            var principal = AccountPrincipal.of(account, clock.instant());
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        }
        var actor = account == null ? AccountChange.unknownUser(throttle.key(typed)) : account.getUsername();
        if (throttle.record(typed, account, address, false)) {
            changes.record(new AccountChange(ChangeKind.LOGIN_FAILED, account == null ? null : account.getId(),
                    account == null ? null : account.getCustomerId(), reason + " " + address, actor));
            if (refusal == null && throttle.locksNow(typed, account, address)) {
                changes.record(new AccountChange(ChangeKind.ACCOUNT_LOCKED, account.getId(), account.getCustomerId(),
                        address, actor));
            }
        }
        throw new LoginRefused(reason);
    }

    /** Why the login is refused, as the audit log says it; {@code null} when it is not. */
    private String reason(LoginThrottle.Refusal refusal, UserAccount account, boolean matches) {
        if (refusal == LoginThrottle.Refusal.LOCKED) {
            return "locked";
        }
        if (refusal == LoginThrottle.Refusal.WAIT) {
            return "throttled";
        }
        if (account == null) {
            return "unknown-user";
        }
        if (!matches) {
            return "wrong-password";
        }
        if (!account.isActive() || (account.getCustomerId() != null && !customers.isActive(account.getCustomerId()))) {
            return "deactivated";
        }
        return account.isTemporaryPasswordExpired(clock.instant()) ? "temporary-expired" : null;
    }

    /** A hash to check a password against when the name is nobody's, so that that costs the same. */
    private String decoy() {
        if (decoy == null) {
            decoy = encoder.encode(UUID.randomUUID().toString());
        }
        return decoy;
    }
}
