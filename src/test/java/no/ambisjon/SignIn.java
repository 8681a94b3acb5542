package no.ambisjon;

import no.ambisjon.security.TestSignIns;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs a user in on the test thread, as the login form would, without the HTTP round trip. */
@Component
public class SignIn {

    private final TestSignIns signIns;

    SignIn(TestSignIns signIns) {
        this.signIns = signIns;
    }

    /** Signs the user in now, as a new sign-in: whoever was signed in on this thread before is not. */
    public Authentication as(String username) {
        SecurityContextHolder.clearContext();
        var auth = signIns.of(username);
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Does something as another person on another device: on a thread of its own, signed in as
     * them, and back when it is done.
     */
    public void onAnotherDevice(String username, Runnable work) {
        var failure = new java.util.concurrent.atomic.AtomicReference<RuntimeException>();
        var device = new Thread(() -> {
            as(username);
            try {
                work.run();
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                out();
            }
        });
        device.start();
        try {
            device.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
