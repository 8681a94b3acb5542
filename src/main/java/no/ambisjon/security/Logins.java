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
 * why. While a name is under attack from many addresses, every attempt from an address it has not
 * signed in from gets the same other answer ("if the password was right, we mailed you a link"), is
 * written down as a failure whatever the password, and a right password only mails a link to sign
 * in: neither the answer nor what the attempt leaves behind tells whether the password was right.
 * An attempt the throttle refuses is refused before any password is checked; every attempt whose
 * password is checked costs the same work whatever the account (one password hash, also for a name
 * nobody has, a locked or a deactivated account). Every attempt is audited, in its own transaction,
 * which a refusal does not roll back.
 */
@Component
@Transactional(noRollbackFor = LoginRefused.class)
class Logins {

    /** How long an attempt waits for the attempts before it (on the same name, and of any name at once), on any node. */
    static final Duration PATIENCE = Duration.ofSeconds(3);
    /** Attempts in their turn at once: each holds a database connection for its hash. */
    static final int AT_ONCE = 4;

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
        this.accounts = accounts;
        this.throttle = throttle;
        this.encoder = encoder;
        this.customers = customers;
        this.changes = changes;
        this.turns = turns;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Refuses at once what the attempts written down so far refuse, without waiting for a turn;
     * the rest go on to {@link #authenticate}.
     *
     * @throws LoginRefused when the name is locked from the address, or the address must wait
     */
    void screen(String username, String address) {
        var typed = typed(username);
        var account = accounts.byUsername(typed).orElse(null);
        var verdict = throttle.before(typed, account, address);
        if (verdict.refusal() != null) {
            refuse(typed, account, address, reason(verdict.refusal()), verdict, false);
        }
    }

    /**
     * @param patience how long the attempt may still wait for another node's attempt on the same name
     * @throws LoginRefused whatever went wrong
     */
    Authentication authenticate(String username, String password, String address, Duration patience) {
        var typed = typed(username);
        var account = accounts.byUsername(typed).orElse(null);
        if (!turns.take(typed, patience)) {
            busy(typed, account, address);
        }
        // Again, in turn: the attempts that went before may have locked the name meanwhile.
        var verdict = throttle.before(typed, account, address);
        if (verdict.refusal() != null) {
            refuse(typed, account, address, reason(verdict.refusal()), verdict, false);
        }
        // A password bcrypt cannot read is nobody's: the policy refuses to set one.
        var matches = password != null && PasswordPolicy.fits(password)
                && encoder.matches(password, account == null ? decoy() : account.getPasswordHash());
        var reason = reason(account, matches);
        if (verdict.underAttack()) {
            if (reason == null) {
                // Only the account's mailbox lets the right password in from here.
                links.issueSignIn(account, address).ifPresent(changes::record);
            }
            refuse(typed, account, address, reason == null ? "confirm-by-mail" : reason, verdict, true);
        }
        if (reason != null) {
            refuse(typed, account, address, reason, verdict, true);
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
            refuse(account.getUsername(), account, address, reason + " link", new LoginThrottle.Verdict(null, false), true);
        }
        return signedIn(account, address, "link " + address);
    }

    /**
     * Signs in the user who has just chosen a password with a mailed link, as a login with it would:
     * the link proved the mailbox, the password is the one just chosen.
     *
     * @return nothing when the account may not sign in (its customer is deactivated, say)
     */
    java.util.Optional<Authentication> withNewPassword(UserAccount account, String address) {
        if (reason(account, true) != null) {
            return java.util.Optional.empty();
        }
        // The change that chose the password says it signed in: one audit entry for one act.
        throttle.record(account.getUsername(), account, address, true);
        return java.util.Optional.of(authentication(account));
    }

    private Authentication signedIn(UserAccount account, String address, String subject) {
        throttle.record(account.getUsername(), account, address, true);
        changes.record(new AccountChange(ChangeKind.LOGIN_SUCCEEDED, account.getId(), account.getCustomerId(),
                subject, account.getUsername()));
        return authentication(account);
    }

    private Authentication authentication(UserAccount account) {
        var principal = AccountPrincipal.of(account, clock.instant());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /**
     * Refuses an attempt whose turn did not come in time. It is audited but not counted: a flood
     * that keeps a name's turn busy must not lock its owner out.
     */
    void busy(String username, String address) {
        var typed = typed(username);
        busy(typed, accounts.byUsername(typed).orElse(null), address);
    }

    private void busy(String typed, UserAccount account, String address) {
        var verdict = throttle.before(typed, account, address);
        changes.record(new AccountChange(ChangeKind.LOGIN_FAILED, account == null ? null : account.getId(),
                account == null ? null : account.getCustomerId(), "busy " + address, actor(typed, account)));
        throw new LoginRefused("busy", verdict.underAttack());
    }

    /**
     * Writes the failed attempt down (it counts towards locks and waits) and audits it.
     *
     * @param checked whether the password was checked: only such a failure can be the one that locks
     */
    private void refuse(String typed, UserAccount account, String address, String reason, LoginThrottle.Verdict verdict,
                        boolean checked) {
        var actor = actor(typed, account);
        if (throttle.record(typed, account, address, false)) {
            changes.record(new AccountChange(ChangeKind.LOGIN_FAILED, account == null ? null : account.getId(),
                    account == null ? null : account.getCustomerId(), reason + " " + address, actor));
            if (checked && throttle.locksNow(typed, account, address)) {
                changes.record(new AccountChange(ChangeKind.ACCOUNT_LOCKED, account.getId(), account.getCustomerId(),
                        address, actor));
            }
        }
        throw new LoginRefused(reason, verdict.underAttack());
    }

    private String actor(String typed, UserAccount account) {
        return account == null ? AccountChange.unknownUser(throttle.key(typed)) : account.getUsername();
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
