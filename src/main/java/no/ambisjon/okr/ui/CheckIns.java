package no.ambisjon.okr.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableRunnable;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.KeyResultService;
import org.springframework.modulith.NamedInterface;

/** The check-in dialog for other features' screens (the meeting console checks in too). */
@NamedInterface("widgets")
public final class CheckIns {

    private CheckIns() {
    }

    public static void open(Component screen, KeyResultLine kr, KeyResultService keyResults, SerializableRunnable onSaved) {
        new CheckInDialog(kr, keyResults.checkInWindow(kr.id()), ValueFormat.of(screen),
                form -> keyResults.checkIn(kr.id(), form), onSaved).open();
    }
}
