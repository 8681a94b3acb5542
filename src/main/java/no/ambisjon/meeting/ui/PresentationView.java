package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ambisjon.base.ui.IdParameter;
import no.ambisjon.live.LiveSubscription;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.meeting.MeetingAgendaService;
import no.ambisjon.meeting.MeetingDetail;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.meeting.MeetingState;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.ui.OkrWidgets;

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
    private final Div stage = new Div();
    private MeetingId id;
    /** What the screen shows now: only what steering needs, not the whole read (a screen is kept per viewer). */
    private Shown shown;
    private boolean presenterKeys;
    /** The overview's rows by key result, so that a change updates only its row. */
    private final Map<Long, PresentationRow> rows = new HashMap<>();
    private List<Long> overviewLayout = List.of();
    private List<Object> shownHeader = List.of();
    private FocusPanel focusPanel;
    private long focusedKeyResult;

    PresentationView(MeetingQueryService meetings, MeetingAgendaService agendaService, OkrQueryService okrs,
                     LiveUpdates liveUpdates) {
        this.meetings = meetings;
        this.agendaService = agendaService;
        this.okrs = okrs;
        this.live = new LiveSubscription(this, liveUpdates);
        addClassName("presentation");
        stage.addClassName("stage");
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
        shown = new Shown(meeting.state(), meeting.canRun(), meeting.customer().name(), layoutOf(meeting),
                meeting.focusKeyResultId());
        var focused = meeting.focused();
        if (meeting.state() == MeetingState.RUNNING && focused == null && shown.agenda().equals(overviewLayout)) {
            updateOverview(meeting);
            return meeting;
        }
        if (focused != null && focusPanel != null && focused.keyResult().id().value() == focusedKeyResult) {
            updateHeader(meeting);
            focusPanel.show(focused, okrs.keyResult(focused.keyResult().id()), meeting.expected());
            return meeting;
        }
        overviewLayout = List.of();
        rows.clear();
        focusPanel = null;
        stage.removeAll();
        stage.add(header(meeting));
        if (meeting.state() == MeetingState.CLOSED) {
            stage.add(new H1(getTranslation("present.closed")),
                    new RouterLink(getTranslation("present.minutes"), MeetingView.class,
                            new RouteParameters("id", String.valueOf(id.value()))));
        } else if (focused != null) {
            focusPanel = new FocusPanel(focused, okrs.keyResult(focused.keyResult().id()), meeting.expected());
            focusedKeyResult = focused.keyResult().id().value();
            stage.add(focusPanel);
        } else {
            stage.add(overview(meeting));
            overviewLayout = shown.agenda();
        }
        return meeting;
    }

    /** The overview's shape: its objectives and key results in order. Same shape: update rows in place. */
    private static List<Long> layoutOf(MeetingDetail meeting) {
        return meeting.agenda().stream().map(line -> line.keyResult().id().value()).toList();
    }

    private void updateOverview(MeetingDetail meeting) {
        var widgets = new OkrWidgets(this);
        updateHeader(meeting);
        meeting.agenda().forEach(line -> rows.get(line.keyResult().id().value())
                .show(line, meeting.expected(), widgets));
    }

    private void updateHeader(MeetingDetail meeting) {
        if (!headerOf(meeting).equals(shownHeader)) {
            stage.getChildren().findFirst().ifPresent(header -> stage.replace(header, header(meeting)));
        }
    }

    private static List<Object> headerOf(MeetingDetail meeting) {
        return List.of(meeting.customer().name(), meeting.quarter(), meeting.expected());
    }

    private Div header(MeetingDetail meeting) {
        shownHeader = headerOf(meeting);
        var header = new Div(new Span(meeting.customer().name()),
                new Span(getTranslation("quarter.label", meeting.quarter().year(), meeting.quarter().number())),
                new Span(getTranslation("present.passed", new OkrWidgets(this).format().share(meeting.expected()))));
        header.addClassName("presentation-header");
        return header;
    }

    private Div overview(MeetingDetail meeting) {
        var widgets = new OkrWidgets(this);
        var overview = new Div();
        overview.addClassName("presentation-overview");
        var byObjective = new LinkedHashMap<String, List<AgendaLine>>();
        meeting.agenda().forEach(line -> byObjective.computeIfAbsent(line.objectiveTitle(), t -> new ArrayList<>()).add(line));
        if (byObjective.isEmpty()) {
            overview.add(new H1(getTranslation("present.empty")));
        }
        byObjective.forEach((objective, lines) -> {
            var block = new Div(new H2(objective));
            block.addClassName("presentation-objective");
            lines.forEach(line -> block.add(row(line, meeting.expected(), widgets)));
            overview.add(block);
        });
        return overview;
    }

    private PresentationRow row(AgendaLine line, double expected, OkrWidgets widgets) {
        var row = new PresentationRow(line, expected, widgets);
        rows.put(line.keyResult().id().value(), row);
        return row;
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
