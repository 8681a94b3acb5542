package no.ambisjon.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import no.ambisjon.security.domain.UserAccount;

/**
 * Attempts on one username run one after the other, each to its commit, so that every attempt sees
 * the failures before it: thirty wrong passwords sent at once get no more guesses than thirty sent
 * in turn. An attempt waits for its turn at most {@code patience}; past that it is refused as busy,
 * so that a flood of attempts on one name holds no request for long. Names share a fixed set of
 * locks, so a flood of made-up names cannot grow it.
 */
final class OneAttemptAtATime {

    private final ReentrantLock[] locks = new ReentrantLock[256];
    private final Duration patience;

    OneAttemptAtATime(Duration patience) {
        this.patience = patience;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** @param busy what to do instead when the turn does not come in time */
    <T> T on(String username, Supplier<T> attempt, Supplier<T> busy) {
        var lock = locks[Math.floorMod(UserAccount.normalise(username == null ? "" : username).hashCode(), locks.length)];
        try {
            if (!lock.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                return busy.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return busy.get();
        }
        try {
            return attempt.get();
        } finally {
            lock.unlock();
        }
    }
}
