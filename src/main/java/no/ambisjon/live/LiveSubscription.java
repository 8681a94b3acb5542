package no.ambisjon.live;

import java.io.Serializable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps one view live for one customer: follows the customer the view shows now, stops when the
 * view detaches, and refreshes inside the UI's lock with the security context the user had when
 * the view started following (the delivering thread has none of its own).
 */
public final class LiveSubscription implements Serializable {

    private final LiveUpdates updates;
    /** Not kept when a session is written out: a restored screen follows again when it is next entered. */
    private transient Registration registration;
    private long customerId;

    public LiveSubscription(Component view, LiveUpdates updates) {
        this.updates = updates;
        view.addDetachListener(e -> stop());
    }

    /** @param customerId the id of a customer a service has just shown this user */
    public void follow(UI ui, long customerId, Runnable refresh) {
        if (registration != null && this.customerId == customerId) {
            return;
        }
        stop();
        var captured = SecurityContextHolder.getContext();
        this.customerId = customerId;
        registration = updates.subscribe(customerId, command -> ui.access(() -> {
            if (captured.getAuthentication() == null) {
                return; // signed out meanwhile: the screen is on its way to the login page
            }
            var previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(captured);
            try {
                command.run();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }), refresh);
    }

    /**
     * As {@link #follow}, for a view nobody is signed in on, which reads under a sign-in of its own
     * (a paired meeting-room screen): it refreshes without a user's security context.
     */
    public void followSignedOut(UI ui, long customerId, Runnable refresh) {
        if (registration != null && this.customerId == customerId) {
            return;
        }
        stop();
        this.customerId = customerId;
        registration = updates.subscribe(customerId, command -> ui.access(command::run), refresh);
    }

    public void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
