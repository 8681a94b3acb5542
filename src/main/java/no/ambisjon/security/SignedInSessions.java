package no.ambisjon.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import no.ambisjon.base.change.ChangesMissed;
import no.ambisjon.base.change.Committed;
import no.ambisjon.base.change.ChangeKind;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * The open sessions of each signed-in user. When a change to an account, or to whether a customer
 * is active, has committed, every open session it touches is checked again at once: one whose
 * sign-in is no longer good ends (its screens go to the login page, which says why), one whose role
 * was raised gets it.
 */
@Component
class SignedInSessions implements VaadinServiceInitListener {

    private final Set<Open> open = ConcurrentHashMap.newKeySet();
    private final CurrentUser currentUser;
    private final AccessCheck check;

    SignedInSessions(CurrentUser currentUser, AccessCheck check) {
        this.currentUser = currentUser;
        this.check = check;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> currentUser.get().ifPresent(user ->
                open.add(new Open(user.id(), user.customerId(), init.getUI().getSession(),
                        SecurityContextHolder.getContext()))));
        event.getSource().addSessionDestroyListener(destroy ->
                open.removeIf(o -> o.session() == destroy.getSession()));
    }

    /** After the change has committed, here or on another node: a rolled-back one changes nothing. */
    @EventListener
    void on(Committed committed) {
        var change = committed.change();
        check.changed(change);
        if (change.userId() != null) {
            recheck(o -> o.userId() == change.userId());
        } else if (change.kind() == ChangeKind.CUSTOMER_DEACTIVATED) {
            recheck(o -> o.customerId() != null && o.customerId().equals(change.customerId()));
        }
    }

    /** Changes to accounts may have been missed: every open session is checked again. */
    @EventListener
    void on(ChangesMissed missed) {
        check.forgetAll();
        recheck(o -> true);
    }

    private void recheck(Predicate<Open> which) {
        var touched = new LinkedHashMap<VaadinSession, SecurityContext>();
        open.stream().filter(which).forEach(o -> touched.putIfAbsent(o.session(), o.context()));
        touched.forEach((session, context) -> {
            switch (check.check(context.getAuthentication())) {
                case AccessCheck.Gone gone -> {
                    open.removeIf(o -> o.session() == session);
                    // Signed out at once: whatever the session's screens still do, they do as nobody.
                    context.setAuthentication(null);
                    end(session, gone.why());
                }
                case AccessCheck.Refreshed refreshed -> context.setAuthentication(refreshed.authentication());
                case null, default -> {
                }
            }
        });
    }

    /**
     * Sends every open screen to the login page, which says why, and marks the session so that its
     * next request ends it ({@link CurrentAccessFilter}). Ending it here would cut off the push
     * that carries the screens to the login page.
     */
    static void end(VaadinSession session, AccessCheck.Ended why) {
        session.access(() -> {
            var wrapped = session.getSession();
            if (wrapped != null) {
                wrapped.setAttribute(CurrentAccessFilter.ENDED, why.name());
            }
            session.getUIs().forEach(ui -> ui.getPage().setLocation("login?ended=" + why.name()));
        });
    }

    /** @param context the session's security context, the very one its requests use */
    private record Open(long userId, Long customerId, VaadinSession session, SecurityContext context) {
    }
}
