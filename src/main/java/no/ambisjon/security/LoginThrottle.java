package no.ambisjon.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import no.ambisjon.security.domain.LoginAttempt;
import no.ambisjon.security.domain.LoginAttemptRepository;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides whether a login attempt may be tried at all, from the attempts before it, which are rows
 * of their own (counted, never a counter that parallel attempts fight over):
 * <ul>
 *   <li>an account is locked <em>from one address</em> after {@code max-failed-logins} failures in a
 *   row from there, for {@code lock-duration}: a stranger's wrong passwords do not lock the owner
 *   out from elsewhere;</li>
 *   <li>an address that keeps failing, on any names, waits longer and longer between attempts
 *   (password spraying slows down);</li>
 *   <li>a name that fails from many addresses (a distributed attack) is under attack: from where it
 *   has signed in before, it signs in as usual; from anywhere else, the right password only brings
 *   a one-time sign-in link by mail, which an attacker with the password alone cannot use. Attacks
 *   from elsewhere never keep the owner out.</li>
 * </ul>
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class LoginThrottle {

    /** After this many failures from an address (on any names), each further attempt waits. */
    private static final int ADDRESS_FREE_FAILURES = 10;
    /** After failures on a name from this many addresses, the name is under attack (see {@link Verdict}). */
    private static final int NAME_FREE_ADDRESSES = 10;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** Attempts on names nobody has, per address and minute, that are written down; past it they are only refused. */
    static final int UNKNOWN_NAMES_KEPT_PER_MINUTE = 20;
    static final Duration FAILURES_KEPT = Duration.ofDays(1);
    static final Duration SUCCESSES_KEPT = Duration.ofDays(90);

    private final LoginAttemptRepository attempts;
    private final NameKeys keys;
    private final Clock clock;
    private final int limit;
    private final Duration lockFor;

    LoginThrottle(LoginAttemptRepository attempts, NameKeys keys, Clock clock,
                  @Value("${ambisjon.security.max-failed-logins:5}") int limit,
                  @Value("${ambisjon.security.lock-duration:15m}") Duration lockFor) {
        this.attempts = attempts;
        this.keys = keys;
        this.clock = clock;
        this.limit = limit;
        this.lockFor = lockFor;
    }

    /** Why the attempt is refused before its password is looked at. */
    enum Refusal {
        /** Too many failures on this account from this address. */
        LOCKED,
        /** The address must wait before it tries again. */
        WAIT
    }

    /**
     * What the attempts written down so far say of this one.
     *
     * @param refusal     why it is refused without its password being checked; {@code null} when it is not
     * @param underAttack the name fails from many addresses and this is not one it has signed in from:
     *                    whatever comes of the attempt, its answer is the same ("a link was mailed if
     *                    the password was right"), and a right password signs in only by that link
     */
    record Verdict(Refusal refusal, boolean underAttack) {
    }

    /** @param account the account of the name, or {@code null} when nobody has it */
    Verdict before(String username, UserAccount account, String address) {
        var key = key(username);
        var lastSuccess = attempts.lastSuccessOfNameFromAddress(key, address);
        var windowStart = since();
        // Where the name has signed in before, others' attempts on it from elsewhere change nothing.
        var underAttack = lastSuccess == 0
                && attempts.addressesFailingOnName(key, windowStart, cleared(account)).count() >= NAME_FREE_ADDRESSES;
        if (locked(key, account, address, lastSuccess)) {
            return new Verdict(Refusal.LOCKED, underAttack);
        }
        var fromAddress = attempts.failuresFromAddress(address, windowStart);
        if (mustWait(fromAddress.count(), ADDRESS_FREE_FAILURES, fromAddress.latest(), clock.instant())) {
            return new Verdict(Refusal.WAIT, underAttack);
        }
        return new Verdict(null, underAttack);
    }

    /** Whether the account is locked from the address, after too many failures in a row from there. */
    boolean locked(String username, UserAccount account, String address) {
        var key = key(username);
        return locked(key, account, address, attempts.lastSuccessOfNameFromAddress(key, address));
    }

    private boolean locked(String key, UserAccount account, String address, long lastSuccess) {
        return attempts.failuresOfNameFromAddress(key, address, since(), Math.max(cleared(account), lastSuccess))
                .count() >= limit;
    }

    /** Failures before this no longer count: the lock is over by then. */
    private Instant since() {
        return clock.instant().minus(lockFor);
    }

    /** Failures up to this attempt no longer count against the account: cleared by an administrator. */
    private static long cleared(UserAccount account) {
        return account == null ? 0 : account.getAttemptsClearedAfter();
    }

    /** The account's failures so far no longer count (a new password from an administrator lifts a lock). */
    void clear(UserAccount account) {
        account.clearFailedLogins(attempts.latestId());
    }

    /**
     * Writes the attempt down, except the attempts on unknown names past a few a minute from one
     * address: a flood of made-up names leaves a bounded trace (the address is waiting anyway).
     *
     * @return whether it was written
     */
    boolean record(String username, UserAccount account, String address, boolean succeeded) {
        var now = clock.instant();
        if (account == null && attempts.failuresOnUnknownNamesFromAddress(address, now.minus(Duration.ofMinutes(1)))
                .count() >= UNKNOWN_NAMES_KEPT_PER_MINUTE) {
            return false;
        }
        attempts.save(new LoginAttempt(now, key(username), account == null ? null : account.getId(), address, succeeded));
        if (succeeded) {
            forgetOldAttempts(now);
        }
        return true;
    }

    /**
     * Attempts are kept only as long as they count: failures for a day (far past any lock or wait),
     * successes for 90 days ("signed in from here before"). The audit log keeps the history. Done at
     * each successful login, so the table stays small without a scheduler.
     */
    private void forgetOldAttempts(Instant now) {
        attempts.deleteFailuresBefore(now.minus(FAILURES_KEPT));
        attempts.deleteSuccessesBefore(now.minus(SUCCESSES_KEPT));
    }

    /** Whether the account is locked from the address now (after the failure just written down). */
    boolean locksNow(String username, UserAccount account, String address) {
        return account != null && locked(username, account, address);
    }

    /** Until when each account is locked from some address, for the administration. */
    Map<Long, Instant> lockedAccounts() {
        return attempts.addressesWithFailures(clock.instant().minus(lockFor), limit).stream()
                .collect(Collectors.toMap(f -> f.accountId(), f -> f.latest().plus(lockFor), (a, b) -> a.isAfter(b) ? a : b));
    }

    /** A keyed hash of the name as typed, so that what someone typed there is never stored. */
    String key(String username) {
        return keys.of(username);
    }

    /** After the free failures, each attempt waits after the latest: a second, then twice as long each time, up to five minutes. */
    private static boolean mustWait(long failures, int free, Instant latest, Instant now) {
        if (failures < free || latest == null) {
            return false;
        }
        var wait = Duration.ofSeconds(1L << Math.min(20, failures - free));
        var capped = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        return now.isBefore(latest.plus(capped));
    }
}
