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
import no.ambisjon.base.live.LiveSubscription;
import no.ambisjon.base.ui.IdParameter;
import no.ambisjon.base.live.LiveUpdates;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.meeting.MeetingDetail;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingService;
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

    private final MeetingService meetings;
    private final OkrQueryService okrs;
    private final LiveSubscription live;
    private final Div help = new Div();
    private final Div stage = new Div();
    private MeetingId id;
    private MeetingDetail meeting;
    private boolean presenterKeys;
    /** The overview's rows by key result, so that a change updates only its row. */
    private final Map<Long, PresentationRow> rows = new HashMap<>();
    private List<Long> overviewLayout = List.of();
    private List<Object> shownHeader = List.of();

    PresentationView(MeetingService meetings, OkrQueryService okrs, LiveUpdates liveUpdates) {
        this.meetings = meetings;
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
        render();
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
        if (meeting.state() != MeetingState.RUNNING || meeting.agenda().isEmpty()) {
            return;
        }
        var agenda = meeting.agenda();
        var current = agenda.indexOf(meeting.focused());
        var next = current < 0 ? (delta > 0 ? 0 : agenda.size() - 1) : Math.clamp(current + delta, 0, agenda.size() - 1);
        meetings.focus(id, agenda.get(next).keyResult().id().value());
        render();
    }

    void back() {
        if (meeting.state() == MeetingState.RUNNING && meeting.focusKeyResultId() != null) {
            meetings.focus(id, null);
            render();
        }
    }

    /** The shortcuts are built when first asked for: a screen that never shows them does not carry them. */
    void toggleHelp() {
        if (help.getComponentCount() == 0) {
            help.add(new H2(getTranslation("present.help.title")), new Paragraph(getTranslation("present.help.next")),
                    new Paragraph(getTranslation("present.help.previous")),
                    new Paragraph(getTranslation("present.help.back")), new Paragraph(getTranslation("present.help.help")));
            if (!meeting.canRun()) {
                help.add(new Paragraph(getTranslation("present.help.follower")));
            }
        }
        help.setVisible(!help.isVisible());
    }

    void render() {
        meeting = meetings.meeting(id);
        if (meeting.state() == MeetingState.RUNNING && meeting.focused() == null && layoutOf(meeting).equals(overviewLayout)) {
            updateOverview();
            return;
        }
        overviewLayout = List.of();
        rows.clear();
        stage.removeAll();
        stage.add(header());
        if (meeting.state() == MeetingState.CLOSED) {
            stage.add(new H1(getTranslation("present.closed")),
                    new RouterLink(getTranslation("present.minutes"), MeetingView.class,
                            new RouteParameters("id", String.valueOf(id.value()))));
        } else if (meeting.focused() != null) {
            stage.add(focus(meeting.focused()));
        } else {
            stage.add(overview());
            overviewLayout = layoutOf(meeting);
        }
    }

    /** The overview's shape: its objectives and key results in order. Same shape: update rows in place. */
    private static List<Long> layoutOf(MeetingDetail meeting) {
        return meeting.agenda().stream().map(line -> line.keyResult().id().value()).toList();
    }

    private void updateOverview() {
        var widgets = new OkrWidgets(this);
        if (!headerOf(meeting).equals(shownHeader)) {
            stage.getChildren().findFirst().ifPresent(header -> stage.replace(header, header()));
        }
        meeting.agenda().forEach(line -> rows.get(line.keyResult().id().value())
                .show(line.keyResult(), meeting.expected(), widgets));
    }

    private static List<Object> headerOf(MeetingDetail meeting) {
        return List.of(meeting.customer().name(), meeting.quarter(), meeting.expected());
    }

    private Div header() {
        shownHeader = headerOf(meeting);
        var header = new Div(new Span(meeting.customer().name()),
                new Span(getTranslation("quarter.label", meeting.quarter().year(), meeting.quarter().number())),
                new Span(getTranslation("present.passed", new OkrWidgets(this).format().share(meeting.expected()))));
        header.addClassName("presentation-header");
        return header;
    }

    private Div overview() {
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
            lines.forEach(line -> block.add(row(line.keyResult(), widgets)));
            overview.add(block);
        });
        return overview;
    }

    private PresentationRow row(KeyResultLine kr, OkrWidgets widgets) {
        var row = new PresentationRow(kr, meeting.expected(), widgets);
        rows.put(kr.id().value(), row);
        return row;
    }

    private Div focus(AgendaLine line) {
        var widgets = new OkrWidgets(this);
        var kr = line.keyResult();
        var detail = okrs.keyResult(kr.id());
        var objective = new Span(line.objectiveTitle());
        objective.addClassName("presentation-objective-title");
        var title = new H1(kr.title());
        title.setId("focused-key-result");
        var value = new Span(widgets.value(kr));
        value.addClassName("presentation-big-number");
        var target = new Span(widgets.ofTarget(kr));
        target.addClassName("presentation-value");
        var numbers = new Div(value, target, widgets.confidence(kr));
        numbers.addClassName("presentation-numbers");
        var focus = new Div(objective, title, numbers, widgets.progress(kr, meeting.expected()));
        focus.addClassName("presentation-focus");
        if (!detail.history().isEmpty()) {
            var chart = new Div(widgets.history(kr, meeting.quarter(), detail.history()));
            chart.addClassName("presentation-chart");
            focus.add(chart);
        }
        var side = new Div();
        side.addClassName("presentation-side");
        if (line.note() != null) {
            side.add(new H2(getTranslation("present.note")), new Paragraph(line.note()));
        }
        var comments = detail.comments();
        if (!comments.isEmpty()) {
            side.add(new H2(getTranslation("present.comments")));
            comments.subList(Math.max(0, comments.size() - 3), comments.size())
                    .forEach(c -> side.add(new Paragraph(c.author() + ": " + c.text())));
        }
        focus.add(side);
        return focus;
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? "" : meeting.customer().name() + " · ") + getTranslation("present.title");
    }
}
