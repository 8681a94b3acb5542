package no.ambisjon.security;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import no.ambisjon.security.domain.UserAccount;

/**
 * Attempts on one username run one after the other, each to its commit, so that every attempt sees
 * the failures before it: thirty wrong passwords sent at once get no more guesses than thirty sent
 * in turn. Names share a fixed set of locks, so a flood of made-up names cannot grow it.
 */
final class OneAttemptAtATime {

    private final ReentrantLock[] locks = new ReentrantLock[256];

    OneAttemptAtATime() {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T on(String username, Supplier<T> attempt) {
        var lock = locks[Math.floorMod(UserAccount.normalise(username == null ? "" : username).hashCode(), locks.length)];
        lock.lock();
        try {
            return attempt.get();
        } finally {
            lock.unlock();
        }
    }
}
