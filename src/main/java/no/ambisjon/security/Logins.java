package no.ambisjon.security;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.security.domain.PasswordLink;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a user in, or refuses, with the same answer whatever went wrong; only the audit log says
 * why. An attempt the throttle refuses is refused before any password is checked: a flood of
 * attempts on a locked or waiting name costs no password hashing. Every attempt whose password is
 * checked costs the same work whatever the account (one password hash, also for a name nobody has,
 * a locked or a deactivated account). Every attempt is written down and audited in its own
 * transaction, which a refusal does not roll back.
 */
@Component
@Transactional(noRollbackFor = LoginRefused.class)
class Logins {

    /** How long an attempt waits for the attempts on the same name before it, on any node. */
    static final Duration PATIENCE = Duration.ofSeconds(3);

    private final AccountLoader accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final CustomerStatus customers;
    private final Changes changes;
    private final TurnsAcrossNodes turns;
    private final PasswordLinks links;
    private final Clock clock;
    private volatile String decoy;

    Logins(AccountLoader accounts, LoginThrottle throttle, PasswordEncoder encoder, CustomerStatus customers,
           Changes changes, TurnsAcrossNodes turns, PasswordLinks links, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.throttle = throttle;
        this.encoder = encoder;
        this.customers = customers;
        this.changes = changes;
        this.turns = turns;
        this.clock = clock;
    }

    /**
     * Refuses at once what the attempts written down so far refuse, without waiting for a turn;
     * the rest go on to {@link #authenticate}.
     *
     * @throws LoginRefused when the name is locked from the address, or the address or name must wait
     */
    void screen(String username, String address) {
        var typed = typed(username);
        var account = accounts.byUsername(typed).orElse(null);
        var refusal = throttle.before(typed, account, address);
        if (refusal != null && refusal.beforePassword()) {
            refuse(typed, account, address, reason(refusal), refusal);
        }
    }

    /** @throws LoginRefused whatever went wrong */
    Authentication authenticate(String username, String password, String address) {
        var typed = typed(username);
        var account = accounts.byUsername(typed).orElse(null);
        if (!turns.take(typed, PATIENCE)) {
            refuse(typed, account, address, "busy", null);
        }
        // Again, in turn: the attempts that went before may have locked the name meanwhile.
        var refusal = throttle.before(typed, account, address);
        if (refusal != null && refusal.beforePassword()) {
            refuse(typed, account, address, reason(refusal), refusal);
        }
        // A password bcrypt cannot read is nobody's: the policy refuses to set one.
        var matches = password != null && PasswordPolicy.fits(password)
                && encoder.matches(password, account == null ? decoy() : account.getPasswordHash());
        var reason = reason(account, matches);
        var underAttack = refusal == LoginThrottle.Refusal.UNDER_ATTACK;
        if (reason != null) {
            refuse(typed, account, address, reason, null, underAttack);
        }
        if (underAttack) {
            // The right password, from an address the name has not signed in from: only its mailbox lets it in.
            links.issueSignIn(account, address).ifPresentOrElse(changes::record, () -> changes.record(
                    new AccountChange(ChangeKind.LOGIN_FAILED, account.getId(), account.getCustomerId(),
                            "link-already-sent " + address, account.getUsername())));
            throw new LoginRefused("confirm-by-mail", true);
        }
        return signedIn(account, address, address);
    }

    /**
     * Signs in with a mailed link to sign in, once, as a login with the password would (the address
     * it is used from has then signed in, and is no longer new to the name).
     *
     * @throws LoginRefused when the link is unknown, used, replaced or too old, or the account may no longer sign in
     */
    Authentication withLink(String token, String address) {
        var link = links.usable(token, PasswordLink.Purpose.SIGN_IN).orElseThrow(() -> new LoginRefused("link-gone"));
        link.spend(clock.instant());
        var account = accounts.account(link.getUserId());
        var reason = reason(account, true);
        if (reason != null) {
            refuse(account.getUsername(), account, address, reason + " link", null);
        }
        return signedIn(account, address, "link " + address);
    }

    private Authentication signedIn(UserAccount account, String address, String subject) {
        var typed = account.getUsername();
        throttle.record(typed, account, address, true);
        changes.record(new AccountChange(ChangeKind.LOGIN_SUCCEEDED, account.getId(), account.getCustomerId(),
                subject, account.getUsername()));
        var principal = AccountPrincipal.of(account, clock.instant());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** Refuses an attempt whose turn did not come in time. */
    void busy(String username, String address) {
        var typed = typed(username);
        refuse(typed, accounts.byUsername(typed).orElse(null), address, "busy", null);
    }

    private void refuse(String typed, UserAccount account, String address, String reason, LoginThrottle.Refusal refusal) {
        refuse(typed, account, address, reason, refusal, false);
    }

    private void refuse(String typed, UserAccount account, String address, String reason, LoginThrottle.Refusal refusal,
                        boolean toConfirmByMail) {
        var actor = account == null ? AccountChange.unknownUser(throttle.key(typed)) : account.getUsername();
        if (throttle.record(typed, account, address, false)) {
            changes.record(new AccountChange(ChangeKind.LOGIN_FAILED, account == null ? null : account.getId(),
                    account == null ? null : account.getCustomerId(), reason + " " + address, actor));
            if (refusal == null && throttle.locksNow(typed, account, address)) {
                changes.record(new AccountChange(ChangeKind.ACCOUNT_LOCKED, account.getId(), account.getCustomerId(),
                        address, actor));
            }
        }
        throw new LoginRefused(reason, toConfirmByMail);
    }

    private static String typed(String username) {
        return username == null ? "" : username;
    }

    /** Why the throttle refuses, as the audit log says it. */
    private static String reason(LoginThrottle.Refusal refusal) {
        return refusal == LoginThrottle.Refusal.LOCKED ? "locked" : "throttled";
    }

    /** Why a checked attempt is refused, as the audit log says it; {@code null} when it is not. */
    private String reason(UserAccount account, boolean matches) {
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
