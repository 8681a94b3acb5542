package no.ambisjon.security;

import java.time.Clock;
import java.time.Duration;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account after too many in a row; logs every login. The login
 * page says the same whatever went wrong, so nobody learns from it whether an account exists or
 * is locked.
 */
@Component
@Transactional
class LoginAttempts {

    private final AccountLoader accounts;
    private final Changes changes;
    private final Clock clock;
    private final int limit;
    private final Duration lockFor;

    LoginAttempts(AccountLoader accounts, Changes changes, Clock clock,
                  @Value("${ambisjon.security.max-failed-logins:5}") int limit,
                  @Value("${ambisjon.security.lock-duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
        this.limit = limit;
        this.lockFor = lockFor;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var typed = event.getAuthentication().getName() == null ? "" : event.getAuthentication().getName();
        var account = accounts.byUsername(typed).orElse(null);
        var userId = account == null ? null : account.getId();
        var customerId = account == null ? null : account.getCustomerId();
        var locked = account != null && event instanceof AuthenticationFailureBadCredentialsEvent
                && account.loginFailed(clock.instant(), limit, lockFor);
        changes.record(new AccountChange(ChangeKind.LOGIN_FAILED, userId, customerId, reason(account, event), typed));
        if (locked) {
            changes.record(new AccountChange(ChangeKind.ACCOUNT_LOCKED, userId, customerId,
                    account.getLockedUntil().toString(), account.getUsername()));
        }
    }

    /** Why a login failed, as the audit log's details; the audit page puts it in words. */
    private static String reason(UserAccount account, AbstractAuthenticationFailureEvent event) {
        if (account == null) {
            return "unknown-user";
        }
        return switch (event.getException()) {
            case LockedException e -> "locked";
            case DisabledException e -> "deactivated";
            case BadCredentialsException e -> "wrong-password";
            default -> "other";
        };
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            var account = accounts.account(principal.user().id());
            account.loginSucceeded();
            changes.record(new AccountChange(ChangeKind.LOGIN_SUCCEEDED, account.getId(), account.getCustomerId(),
                    null, account.getUsername()));
        }
    }
}
