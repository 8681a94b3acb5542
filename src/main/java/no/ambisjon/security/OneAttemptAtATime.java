package no.ambisjon.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import no.ambisjon.security.domain.UserAccount;

/**
 * Attempts on one username run one after the other, each to its commit, so that every attempt sees
 * the failures before it: thirty wrong passwords sent at once get no more guesses than thirty sent
 * in turn. At most {@code atOnce} attempts of any names are in their turn together, so that logins
 * never hold more than that many database connections. An attempt waits for all of it at most
 * {@code patience}; what is left of that is handed to the attempt for the wait across nodes; past
 * it the attempt is refused as busy, so that a flood of attempts holds no request for long. Names
 * share a fixed set of locks, so a flood of made-up names cannot grow it.
 */
final class OneAttemptAtATime {

    private final ReentrantLock[] locks = new ReentrantLock[256];
    private final Semaphore inTurn;
    private final Duration patience;

    OneAttemptAtATime(Duration patience, int atOnce) {
        this.patience = patience;
        this.inTurn = new Semaphore(atOnce, true);
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * @param attempt given what is left of the patience, for the turn across nodes
     * @param busy    what to do instead when the turn does not come in time
     */
    <T> T on(String username, Function<Duration, T> attempt, Supplier<T> busy) {
        var deadline = System.nanoTime() + patience.toNanos();
        var lock = locks[Math.floorMod(UserAccount.normalise(username == null ? "" : username).hashCode(), locks.length)];
        try {
            if (!lock.tryLock(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                return busy.get();
            }
            try {
                if (!inTurn.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    return busy.get();
                }
                try {
                    return attempt.apply(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                } finally {
                    inTurn.release();
                }
            } finally {
                lock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return busy.get();
        }
    }
}
