package no.ambisjon.security;

import java.time.Clock;
import java.time.Duration;
import no.ambisjon.base.audit.AuditKind;
import no.ambisjon.base.audit.AuditLog;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
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

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final int limit;
    private final Duration lockFor;

    LoginAttempts(UserAccountRepository accounts, AuditLog audit, Clock clock,
                  @Value("${ambisjon.security.max-failed-logins:5}") int limit,
                  @Value("${ambisjon.security.lock-duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.limit = limit;
        this.lockFor = lockFor;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var typed = event.getAuthentication().getName();
        var account = typed == null ? null : accounts.findByUsername(UserAccount.normalise(typed)).orElse(null);
        var customerId = account == null ? null : account.getCustomerId();
        audit.record(typed == null ? "" : typed, AuditKind.LOGIN_FAILED, customerId, reason(account, event));
        if (account != null && event instanceof AuthenticationFailureBadCredentialsEvent
                && account.loginFailed(clock.instant(), limit, lockFor)) {
            audit.record(account.getUsername(), AuditKind.ACCOUNT_LOCKED, customerId,
                    account.getLockedUntil().toString());
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
            accounts.findById(principal.user().id()).ifPresent(UserAccount::loginSucceeded);
            audit.record(principal.getUsername(), AuditKind.LOGIN_SUCCEEDED, principal.user().customerId(), null);
        }
    }
}
