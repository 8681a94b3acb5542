package no.ambisjon.meeting;

import java.util.List;

import java.time.Instant;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers.TestCustomer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Meetings of a test's own customer, made by its consultant. Whoever was signed in on this thread
 * stays signed in.
 */
@Component
public class MeetingFixtures {

    private final SignIn signIn;
    private final MeetingLifecycleService lifecycle;

    MeetingFixtures(SignIn signIn, MeetingLifecycleService lifecycle) {
        this.signIn = signIn;
        this.lifecycle = lifecycle;
    }

    /** A meeting on the test day, started: its agenda is the quarter's key results. */
    public MeetingId running(TestCustomer customer) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn.as(customer.consultant());
            var id = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), null);
            lifecycle.start(id);
            return id;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
