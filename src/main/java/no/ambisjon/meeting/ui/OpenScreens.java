package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.ChangesMissed;
import no.ambisjon.base.change.Committed;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The meeting-room screens open on this node. When a change to an account that can end its right
 * to run meetings has committed, here or on another node, every screen that account paired asks at
 * once whether its pairing still lasts, as the signed-in sessions of that account do: a consultant
 * deactivated or lowered ends their screens with their sessions. Changes of a customer reach its
 * screens through their live updates.
 *
 * <p>The screens ask on a thread of their own: a change made here is announced while its
 * transaction completes, and a screen that asks there would make its new code in a transaction that
 * is already over.
 */
@Component
class OpenScreens {

    private static final Set<ChangeKind> ACCESS = EnumSet.of(ChangeKind.USER_CHANGED, ChangeKind.USER_ROLE_CHANGED,
            ChangeKind.USER_DEACTIVATED);

    private final Map<ScreenView, UI> open = new ConcurrentHashMap<>();
    private final Executor asking;

    OpenScreens(@Qualifier("applicationTaskExecutor") Executor asking) {
        this.asking = asking;
    }

    Registration add(ScreenView screen, UI ui) {
        open.put(screen, ui);
        return () -> open.remove(screen);
    }

    @EventListener
    void on(Committed committed) {
        var change = committed.change();
        if (change.userId() != null && ACCESS.contains(change.kind())) {
            recheck(screen -> screen.pairedBy(change.userId()));
        }
    }

    /** Changes may have been missed: every screen asks. */
    @EventListener
    void on(ChangesMissed missed) {
        recheck(screen -> true);
    }

    private void recheck(Predicate<ScreenView> which) {
        open.forEach((screen, ui) -> {
            if (which.test(screen)) {
                asking.execute(() -> ui.access(screen::check));
            }
        });
    }
}
