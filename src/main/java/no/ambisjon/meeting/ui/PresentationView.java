package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.ambisjon.base.ui.IdParameter;
import no.ambisjon.live.LiveSubscription;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.meeting.MeetingAgendaService;
import no.ambisjon.meeting.MeetingDetail;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.meeting.MeetingState;
import no.ambisjon.okr.OkrQueryService;

/**
 * The shared screen: one customer's key results in large type on a high-contrast theme, with no
 * editing chrome. It shows what the presenter focuses, and follows every change live. The presenter
 * drives it from the keyboard: → next, ← previous, Esc back to all, ? the shortcuts.
 */
@Route(value = "meetings/:id/present", autoLayout = false)
@PermitAll
public class PresentationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingQueryService meetings;
    private final MeetingAgendaService agendaService;
    private final OkrQueryService okrs;
    private final LiveSubscription live;
    private final Div help = new Div();
    private final PresentationStage stage = new PresentationStage();
    private MeetingId id;
    /** What the screen shows now: only what steering needs, not the whole read (a screen is kept per viewer). */
    private Shown shown;
    private boolean presenterKeys;

    PresentationView(MeetingQueryService meetings, MeetingAgendaService agendaService, OkrQueryService okrs,
                     LiveUpdates liveUpdates) {
        this.meetings = meetings;
        this.agendaService = agendaService;
        this.okrs = okrs;
        this.live = new LiveSubscription(this, liveUpdates);
        addClassName("presentation");
        help.addClassName("shortcut-help");
        help.setId("shortcut-help");
        help.setVisible(false);
        add(stage, help);
        Shortcuts.addShortcutListener(this, this::toggleHelp, Key.of("?"), KeyModifier.SHIFT);
        Shortcuts.addShortcutListener(this, this::toggleHelp, Key.of("?"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = new MeetingId(IdParameter.of(event));
        var meeting = render();
        if (meeting.canRun() && !presenterKeys) {
            presenterKeys = true;
            Shortcuts.addShortcutListener(this, () -> step(1), Key.ARROW_RIGHT);
            Shortcuts.addShortcutListener(this, () -> step(1), Key.ARROW_DOWN);
            Shortcuts.addShortcutListener(this, () -> step(-1), Key.ARROW_LEFT);
            Shortcuts.addShortcutListener(this, () -> step(-1), Key.ARROW_UP);
            Shortcuts.addShortcutListener(this, this::back, Key.ESCAPE);
        }
        live.follow(event.getUI(), meeting.customer().id().value(), this::render);
    }

    /** The next or previous key result of the agenda; from the overview, the first or the last. */
    void step(int delta) {
        var agenda = shown.agenda();
        if (shown.state() != MeetingState.RUNNING || agenda.isEmpty()) {
            return;
        }
        var current = agenda.indexOf(shown.focus());
        var next = current < 0 ? (delta > 0 ? 0 : agenda.size() - 1) : Math.clamp(current + delta, 0, agenda.size() - 1);
        agendaService.focus(id, agenda.get(next));
        render();
    }

    void back() {
        if (shown.state() == MeetingState.RUNNING && shown.focus() != null) {
            agendaService.focus(id, null);
            render();
        }
    }

    /** The shortcuts are built when first asked for: a screen that never shows them does not carry them. */
    void toggleHelp() {
        if (help.getComponentCount() == 0) {
            help.add(new H2(getTranslation("present.help.title")), new Paragraph(getTranslation("present.help.next")),
                    new Paragraph(getTranslation("present.help.previous")),
                    new Paragraph(getTranslation("present.help.back")), new Paragraph(getTranslation("present.help.help")));
            if (!shown.canRun()) {
                help.add(new Paragraph(getTranslation("present.help.follower")));
            }
        }
        help.setVisible(!help.isVisible());
    }

    /** Shows the meeting as it is now, in the elements already there where it can. */
    MeetingDetail render() {
        var meeting = meetings.meeting(id);
        shown = new Shown(meeting.state(), meeting.canRun(), meeting.customer().name(),
                PresentationStage.layoutOf(meeting), meeting.focusKeyResultId());
        stage.show(meeting, okrs::keyResult, true);
        return meeting;
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "" : shown.customerName() + " · ") + getTranslation("present.title");
    }

    /** @param agenda the agenda's key results in order; {@code focus} the one shown, or {@code null} */
    private record Shown(MeetingState state, boolean canRun, String customerName, List<Long> agenda, Long focus)
            implements java.io.Serializable {
    }
}
