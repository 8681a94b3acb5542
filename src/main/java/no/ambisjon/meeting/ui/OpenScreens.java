package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import no.ambisjon.base.change.ChangesMissed;
import no.ambisjon.base.change.Committed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The meeting-room screens open on this node. When a change to an account has committed, here or on
 * another node, every screen that account paired asks at once whether its pairing still lasts, as
 * the signed-in sessions of that account do: a consultant deactivated or lowered ends their screens
 * with their sessions. Changes of a customer reach its screens through their live updates.
 */
@Component
class OpenScreens {

    private final Map<ScreenView, UI> open = new ConcurrentHashMap<>();

    Registration add(ScreenView screen, UI ui) {
        open.put(screen, ui);
        return () -> open.remove(screen);
    }

    @EventListener
    void on(Committed committed) {
        var userId = committed.change().userId();
        if (userId != null) {
            recheck(screen -> screen.pairedBy(userId));
        }
    }

    /** Changes may have been missed: every screen asks. */
    @EventListener
    void on(ChangesMissed missed) {
        recheck(screen -> true);
    }

    private void recheck(Predicate<ScreenView> which) {
        open.forEach((screen, ui) -> ui.access(() -> {
            if (which.test(screen)) {
                screen.check();
            }
        }));
    }
}
