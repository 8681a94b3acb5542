package no.ambisjon.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open sessions of each signed-in user, so that deactivating an account ends them at once
 * instead of when they next time out.
 */
@Component
class SignedInSessions implements VaadinServiceInitListener {

    private final Map<Long, Set<VaadinSession>> byUser = new ConcurrentHashMap<>();
    private final CurrentUser currentUser;

    SignedInSessions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> currentUser.get().ifPresent(user ->
                byUser.computeIfAbsent(user.id(), id -> ConcurrentHashMap.newKeySet()).add(init.getUI().getSession())));
        event.getSource().addSessionDestroyListener(destroy ->
                byUser.values().forEach(sessions -> sessions.remove(destroy.getSession())));
    }

    @TransactionalEventListener
    void on(AccountDeactivated event) {
        var sessions = byUser.remove(event.userId());
        if (sessions != null) {
            sessions.forEach(SignedInSessions::end);
        }
    }

    /** Sends every open screen to the login page and ends the session, and with it the sign-in. */
    private static void end(VaadinSession session) {
        session.access(() -> {
            session.getUIs().forEach(ui -> ui.getPage().setLocation("login"));
            var wrapped = session.getSession();
            if (wrapped != null) {
                wrapped.invalidate();
            }
        });
    }
}
