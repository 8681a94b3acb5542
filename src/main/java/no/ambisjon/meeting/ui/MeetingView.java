package no.ambisjon.meeting.ui;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.live.LiveSubscription;
import no.ambisjon.base.ui.IdParameter;
import no.ambisjon.base.ui.TypedInput;
import no.ambisjon.base.live.LiveUpdates;
import no.ambisjon.meeting.ActionEntry;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.meeting.MeetingDetail;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingService;
import no.ambisjon.meeting.MeetingState;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.ui.CheckIns;
import no.ambisjon.okr.ui.OkrWidgets;

/**
 * One meeting: the consultant's console while it runs (agenda, presenter focus, check-ins, notes,
 * decisions, action items), and its frozen minutes once it has closed. Customer logins read it.
 */
@Route("meetings/:id")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final KeyResultService keyResults;
    private final LiveSubscription live;
    private MeetingId id;
    private MeetingDetail meeting;

    MeetingView(MeetingService meetings, KeyResultService keyResults, LiveUpdates liveUpdates) {
        this.meetings = meetings;
        this.keyResults = keyResults;
        this.live = new LiveSubscription(this, liveUpdates);
        addClassName("meeting-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = new MeetingId(IdParameter.of(event));
        render();
        live.follow(event.getUI(), meeting.customer().id().value(), this::refresh);
    }

    private boolean running() {
        return meeting.canRun() && meeting.state() == MeetingState.RUNNING;
    }

    /** Rebuilds the page with fresh data, keeping what is being typed except in {@code submitted}. */
    private void refresh(String... submitted) {
        TypedInput.keepAcross(this, this::render, submitted);
    }

    void render() {
        removeAll();
        meeting = meetings.meeting(id);
        var back = new RouterLink(meeting.customer().name() + " · " + getTranslation("meetings.title"),
                MeetingsView.class, new RouteParameters("slug", meeting.customer().slug()));
        back.addClassName("breadcrumb");
        var title = new H1(getTranslation(meeting.state() == MeetingState.CLOSED ? "meeting.minutes.title" : "meeting.title",
                TimeText.format(meeting.scheduledAt(), getLocale())));
        title.setId("meeting-title");
        var state = new Span(getTranslation("meeting.state." + meeting.state().name()));
        state.addClassNames("badge", "meeting-state-" + meeting.state().name().toLowerCase());
        state.setId("meeting-state");
        add(back, new Div(title, state), tools());
        if (meeting.attendees() != null) {
            add(new Paragraph(getTranslation("meeting.attendees", meeting.attendees())));
        }
        if (meeting.state() == MeetingState.CLOSED) {
            add(new Paragraph(getTranslation("meeting.closed-by", meeting.closedBy(),
                    TimeText.format(meeting.closedAt(), getLocale()))));
        }
        add(new H2(getTranslation(meeting.state() == MeetingState.PLANNED ? "meeting.agenda.preview" : "meeting.agenda")));
        var widgets = new OkrWidgets(this);
        var agenda = new Div();
        agenda.addClassName("agenda");
        meeting.agenda().forEach(line -> agenda.add(agendaLine(line, widgets)));
        add(agenda);
        add(decisions(), actions("meeting.actions", meeting.actions(), true));
        if (!meeting.carriedActions().isEmpty()) {
            add(actions("meeting.actions.carried", meeting.carriedActions(), false));
        }
    }

    private Div tools() {
        var tools = new Div();
        tools.addClassName("meeting-tools");
        if (meeting.canRun() && meeting.state() == MeetingState.PLANNED) {
            var start = new Button(getTranslation("meeting.start"), VaadinIcon.PLAY.create(), e -> {
                meetings.start(id);
                refresh();
            });
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-meeting");
            tools.add(start);
        }
        if (meeting.state() == MeetingState.RUNNING) {
            var present = new Anchor("meetings/" + id.value() + "/present",
                    getTranslation(meeting.canRun() ? "meeting.present" : "meeting.follow"));
            present.setTarget(AnchorTarget.BLANK);
            present.setId("present");
            present.addClassName("present-link");
            tools.add(present);
        }
        if (running()) {
            var close = new Button(getTranslation("meeting.close"), VaadinIcon.CHECK.create(), e -> {
                var confirm = new ConfirmDialog(getTranslation("meeting.close.title"),
                        getTranslation("meeting.close.text"), getTranslation("meeting.close"), ok -> {
                            meetings.close(id);
                            refresh();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            close.setId("close-meeting");
            tools.add(close);
        }
        return tools;
    }

    private Component agendaLine(AgendaLine line, OkrWidgets widgets) {
        var kr = line.keyResult();
        var row = new Div();
        row.addClassName("agenda-line");
        row.getElement().setAttribute("data-key-result", String.valueOf(kr.id().value()));
        var focused = meeting.focusKeyResultId() != null && meeting.focusKeyResultId() == kr.id().value();
        if (focused) {
            row.addClassName("agenda-focused");
        }
        var name = new Div(new Span(kr.title()), secondary(line.objectiveTitle()));
        name.addClassName("agenda-name");
        row.add(name);
        if (meeting.state() == MeetingState.CLOSED) {
            var atClose = line.valueAtClose() == null ? "–" : getTranslation("meeting.at-close",
                    widgets.format().value(kr.measure(), line.valueAtClose(), kr.unit()),
                    widgets.format().share(line.progressAtClose().doubleValue()));
            row.add(new Span(atClose));
        } else {
            row.add(widgets.progress(kr, meeting.expected()), new Span(widgets.valueOfTarget(kr)), widgets.confidence(kr));
        }
        if (running()) {
            var show = new Button(getTranslation(focused ? "meeting.showing" : "meeting.show"), e -> {
                meetings.focus(id, focused ? null : kr.id().value());
                refresh();
            });
            show.addThemeVariants(focused ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_SMALL);
            show.addClassName("focus-button");
            var checkIn = new Button(getTranslation("check-in.action"), e -> CheckIns.open(this, kr, keyResults, this::refresh));
            checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL);
            checkIn.addClassName("check-in-button");
            var up = iconButton(VaadinIcon.ARROW_UP, "meeting.move-up", () -> meetings.move(id, line.id(), -1));
            var down = iconButton(VaadinIcon.ARROW_DOWN, "meeting.move-down", () -> meetings.move(id, line.id(), 1));
            row.add(new Div(show, checkIn, up, down));
            var note = new TextArea(getTranslation("meeting.note"));
            note.setValue(line.note() == null ? "" : line.note());
            TypedInput.rendered(note);
            note.addClassName("agenda-note");
            note.setId("note-" + kr.id().value());
            note.setMaxLength(4000);
            var save = new Button(getTranslation("meeting.note.save"), e -> {
                try {
                    meetings.note(id, line.id(), line.version(), note.getValue());
                    refresh(note.getId().orElseThrow());
                } catch (ConcurrentEditException ex) {
                    note.setInvalid(true);
                    note.setErrorMessage(getTranslation("meeting.note.conflict"));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            save.setId("save-note-" + kr.id().value());
            var noteBox = new Div(note, save);
            noteBox.addClassName("agenda-note-box");
            row.add(noteBox);
        } else if (line.note() != null) {
            var note = new Paragraph(line.note());
            note.addClassName("agenda-note-text");
            row.add(note);
        }
        return row;
    }

    private Div decisions() {
        var box = new Div(new H2(getTranslation("meeting.decisions")));
        box.addClassName("meeting-decisions");
        box.setId("decisions");
        if (meeting.decisions().isEmpty()) {
            box.add(secondary(getTranslation("meeting.decisions.none")));
        }
        meeting.decisions().forEach(d -> {
            var item = new Paragraph(d.text());
            item.addClassName("decision");
            box.add(item);
        });
        if (running()) {
            var text = new TextField();
            text.setPlaceholder(getTranslation("meeting.decision.new"));
            text.setId("decision-text");
            text.setWidthFull();
            var add = new Button(getTranslation("meeting.decision.add"), e -> {
                if (text.getValue().isBlank()) {
                    text.setInvalid(true);
                    text.setErrorMessage(getTranslation("validation.required.plain"));
                    return;
                }
                meetings.decide(id, text.getValue());
                refresh("decision-text");
            });
            add.setId("decision-add");
            box.add(new Div(text, add));
        }
        return box;
    }

    private Div actions(String headingKey, List<ActionEntry> entries, boolean withForm) {
        var box = new Div(new H2(getTranslation(headingKey)));
        box.addClassName("meeting-actions");
        if (entries.isEmpty()) {
            box.add(secondary(getTranslation("meeting.actions.none")));
        }
        var format = new OkrWidgets(this).format();
        for (var action : entries) {
            var label = action.text() + (action.owner() == null ? "" : " · " + action.owner())
                    + (action.due() == null ? "" : " · " + getTranslation("meeting.action.due",
                    format.date(action.due().atStartOfDay(TimeText.OSLO).toInstant())));
            if (running()) {
                var done = new Checkbox(label, action.done());
                done.addClassName("action-item");
                done.addValueChangeListener(e -> {
                    meetings.actionDone(id, action.id(), e.getValue());
                    refresh();
                });
                box.add(done);
            } else {
                var item = new Paragraph(label);
                item.addClassName("action-item");
                box.add(item);
            }
        }
        if (withForm && running()) {
            var text = new TextField();
            text.setPlaceholder(getTranslation("meeting.action.new"));
            text.setId("action-text");
            var owner = new TextField();
            owner.setPlaceholder(getTranslation("meeting.action.owner"));
            owner.setId("action-owner");
            var due = new DatePicker();
            due.setPlaceholder(getTranslation("meeting.action.due-date"));
            due.setId("action-due");
            due.setLocale(getLocale());
            var add = new Button(getTranslation("meeting.action.add"), e -> {
                if (text.getValue().isBlank()) {
                    text.setInvalid(true);
                    text.setErrorMessage(getTranslation("validation.required.plain"));
                    return;
                }
                meetings.addAction(id, text.getValue(), owner.getValue(), due.getValue());
                Notification.show(getTranslation("meeting.action.added"), 2000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh("action-text", "action-owner", "action-due");
            });
            add.setId("action-add");
            var form = new Div(text, owner, due, add);
            form.addClassName("action-form");
            box.add(form);
        }
        return box;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, SerializableRunnable action) {
        var button = new Button(icon.create(), e -> {
            action.run();
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private static Span secondary(String text) {
        var span = new Span(text);
        span.addClassName("secondary-text");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + (meeting == null ? "" : " · " + meeting.customer().name())
                + " · " + getTranslation("app.name");
    }
}
