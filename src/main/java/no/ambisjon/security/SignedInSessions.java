package no.ambisjon.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import no.ambisjon.base.change.Change;
import no.ambisjon.base.change.ChangeKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open sessions of each signed-in user, so that deactivating an account, or the customer a
 * login belongs to, ends them at once instead of when they next time out.
 */
@Component
class SignedInSessions implements VaadinServiceInitListener {

    private final Set<Open> open = ConcurrentHashMap.newKeySet();
    private final CurrentUser currentUser;

    SignedInSessions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> currentUser.get().ifPresent(user ->
                open.add(new Open(user.id(), user.customerId(), init.getUI().getSession()))));
        event.getSource().addSessionDestroyListener(destroy ->
                open.removeIf(o -> o.session() == destroy.getSession()));
    }

    /** After the deactivation has committed: a rolled-back one ends nothing. */
    @TransactionalEventListener
    void on(Change change) {
        if (change.kind() == ChangeKind.USER_DEACTIVATED && change instanceof AccountChange account) {
            endWhere(o -> account.userId() != null && o.userId() == account.userId());
        } else if (change.kind() == ChangeKind.CUSTOMER_DEACTIVATED) {
            endWhere(o -> o.customerId() != null && o.customerId().equals(change.customerId()));
        }
    }

    private void endWhere(Predicate<Open> which) {
        var ending = open.stream().filter(which).toList();
        open.removeAll(ending);
        ending.stream().map(Open::session).distinct().forEach(SignedInSessions::end);
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

    private record Open(long userId, Long customerId, VaadinSession session) {
    }
}
