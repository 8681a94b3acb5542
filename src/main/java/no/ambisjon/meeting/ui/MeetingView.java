package no.ambisjon.meeting.ui;

import java.time.Clock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.QueryParameters;
import no.ambisjon.customer.CustomerPeople;
import no.ambisjon.meeting.ActionEntry;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.security.Owner;
import no.ambisjon.security.Person;
import no.ambisjon.base.ui.IdParameter;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.base.ui.KeyedRows;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.live.LiveSubscription;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.meeting.MeetingAgendaService;
import no.ambisjon.meeting.MeetingDetail;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.MeetingMinutesService;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.meeting.MeetingState;
import no.ambisjon.meeting.MinutesDownloadService;
import no.ambisjon.meeting.MinutesPdf;
import no.ambisjon.meeting.ScreenPairingService;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.ui.CheckIns;

/**
 * One meeting: the consultant's console while it runs (agenda, presenter focus, check-ins, notes,
 * decisions, action items), and its frozen minutes once it has closed. Customer logins read it.
 * The page is built for the meeting's state; changes from this or any other device reach the same
 * elements in place, so that whatever is being typed stays as it is.
 */
@Route("meetings/:id")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String MINE = "mine";

    private final MeetingQueryService meetings;
    private final MeetingLifecycleService lifecycle;
    private final MeetingAgendaService agenda;
    private final MeetingMinutesService minutes;
    private final KeyResultService keyResults;
    private final MinutesDownloadService downloads;
    private final ScreenPairingService screenPairings;
    private final LiveSubscription live;
    private final Clock clock;
    private final CustomerPeople customerPeople;
    private final CurrentUser currentUser;
    private MeetingId id;
    /** Whether only the user's own open action items are shown ({@code ?mine=true}). */
    private boolean mine;
    private MeetingDetail meeting;
    /** What the page was built for: a change of either builds it anew. */
    private MeetingState builtFor;
    private boolean builtRunnable;
    private KeyedRows<AgendaLine, AgendaLineView> agendaRows;
    private DecisionList decisions;
    private ActionList actions;
    private ActionList carried;
    private Paragraph sincePrevious;
    private ScreensPanel screensPanel;

    MeetingView(MeetingQueryService meetings, MeetingLifecycleService lifecycle, MeetingAgendaService agenda,
                MeetingMinutesService minutes, KeyResultService keyResults, MinutesDownloadService downloads,
                ScreenPairingService screenPairings, LiveUpdates liveUpdates, Clock clock, CustomerPeople customerPeople,
                CurrentUser currentUser) {
        this.customerPeople = customerPeople;
        this.currentUser = currentUser;
        this.clock = clock;
        this.meetings = meetings;
        this.lifecycle = lifecycle;
        this.agenda = agenda;
        this.minutes = minutes;
        this.keyResults = keyResults;
        this.downloads = downloads;
        this.screenPairings = screenPairings;
        this.live = new LiveSubscription(this, liveUpdates);
        addClassName("meeting-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = new MeetingId(IdParameter.of(event));
        mine = event.getLocation().getQueryParameters().getSingleParameter(MINE).map("true"::equals).orElse(false);
        meeting = meetings.meeting(id);
        build();
        live.follow(event.getUI(), meeting.customer().id().value(), this::refresh);
    }

    /** After a change, here or on another device. */
    void refresh() {
        meeting = meetings.meeting(id);
        if (meeting.state() != builtFor || meeting.runnable() != builtRunnable) {
            build();
        } else {
            show();
        }
    }

    private void build() {
        removeAll();
        builtFor = meeting.state();
        builtRunnable = meeting.runnable();
        var back = new RouterLink(meeting.customer().name() + " · " + getTranslation("meetings.title"),
                MeetingsView.class, new RouteParameters("slug", meeting.customer().slug()));
        back.addClassName("breadcrumb");
        var closed = meeting.state() == MeetingState.CLOSED;
        var title = new H1(getTranslation(closed ? "meeting.minutes.title" : "meeting.title",
                TimeText.format(meeting.scheduledAt(), getLocale())));
        title.setId("meeting-title");
        var state = new Span(getTranslation("meeting.state." + meeting.state().name()));
        state.addClassNames("badge", "meeting-state-" + meeting.state().name().toLowerCase(Locale.ROOT));
        state.setId("meeting-state");
        add(back, new Div(title, state), tools());
        screensPanel = meeting.canRun() && !closed ? new ScreensPanel(screenPairings, id) : null;
        if (screensPanel != null) {
            add(screensPanel);
        }
        if (meeting.attendees() != null) {
            add(new Paragraph(getTranslation("meeting.attendees", meeting.attendees())));
        }
        sincePrevious = new Paragraph();
        sincePrevious.addClassName("secondary-text");
        sincePrevious.setId("since-previous");
        add(sincePrevious);
        if (closed) {
            add(new Paragraph(getTranslation("meeting.closed-by", meeting.minutes().closedBy(),
                    TimeText.format(meeting.minutes().closedAt(), getLocale()))));
        }
        add(new H2(getTranslation("meeting.agenda")));
        if (meeting.state() == MeetingState.PLANNED) {
            var preview = new Paragraph(getTranslation("meeting.agenda.preview"));
            preview.addClassName("secondary-text");
            add(preview);
        }
        var lines = new Div();
        lines.addClassName("agenda");
        add(lines);
        if (closed) {
            agendaRows = null;
            meeting.minutes().lines().forEach(line -> lines.add(new MinutesLineView(line, meeting.minutes().expected())));
        } else {
            var commands = meeting.runnable() ? agendaCommands() : null;
            agendaRows = new KeyedRows<>(lines, line -> line.keyResult().id().value(),
                    line -> new AgendaLineView(line, meeting.expected(), meeting.focusKeyResultId(), commands),
                    (row, line) -> row.show(line, meeting.expected(), meeting.focusKeyResultId()));
        }
        decisions = new DecisionList(meeting.runnable() ? text -> {
            minutes.decide(id, text);
            refresh();
        } : null);
        var today = LocalDate.now(clock.withZone(TimeText.ZONE));
        var runnable = meeting.runnable();
        var people = runnable ? customerPeople.people(meeting.customer().id()) : List.<Person>of();
        actions = new ActionList("meeting.actions", runnable ? actionCommands() : null, true, today, people);
        carried = new ActionList("meeting.actions.carried", runnable ? actionCommands() : null, false, today, people);
        var mineOnly = new Checkbox(getTranslation("meeting.actions.mine"), mine);
        mineOnly.setId("mine-actions");
        mineOnly.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().navigate(MeetingView.class, new RouteParameters("id", String.valueOf(id.value())),
                        e.getValue() ? QueryParameters.of(MINE, "true") : QueryParameters.empty());
            }
        });
        add(decisions, mineOnly, actions, carried);
        show();
    }

    /** The data of the moment in the elements the page was built with. */
    private void show() {
        var previous = meeting.previous();
        sincePrevious.setVisible(previous != null);
        if (previous != null) {
            InPlace.text(sincePrevious, getTranslation("since.previous", TimeText.format(previous.scheduledAt(), getLocale()),
                    previous.actionsDone()));
        }
        if (agendaRows != null) {
            agendaRows.show(meeting.agenda());
        }
        decisions.show(meeting.decisions());
        actions.show(shown(meeting.actions()));
        carried.show(shown(meeting.carriedActions()));
        carried.setVisible(!meeting.carriedActions().isEmpty());
        if (screensPanel != null) {
            screensPanel.show();
        }
    }

    /** All action items, or with "Mine" only the user's own open ones. */
    private List<ActionEntry> shown(List<ActionEntry> entries) {
        if (!mine) {
            return entries;
        }
        var me = currentUser.require().id();
        return entries.stream().filter(a -> !a.done() && a.owner() != null && a.owner().is(me)).toList();
    }

    private AgendaLineView.Commands agendaCommands() {
        return new AgendaLineView.Commands() {
            @Override
            public void focus(Long keyResultId) {
                agenda.focus(id, keyResultId);
                refresh();
            }

            @Override
            public void checkIn(KeyResultLine kr) {
                CheckIns.open(MeetingView.this, kr, keyResults, MeetingView.this::refresh);
            }

            @Override
            public void move(long agendaItemId, int delta) {
                agenda.move(id, agendaItemId, delta);
                refresh();
            }

            @Override
            public void note(long agendaItemId, String previous, String note) {
                agenda.note(id, agendaItemId, previous, note);
                refresh();
            }

            @Override
            public String currentNote(long agendaItemId) {
                return meetings.meeting(id).agenda().stream().filter(line -> line.id() == agendaItemId).findFirst()
                        .map(line -> line.note() == null ? "" : line.note()).orElse("");
            }
        };
    }

    private ActionList.Commands actionCommands() {
        return new ActionList.Commands() {
            @Override
            public void done(long actionId, boolean done) {
                minutes.actionDone(id, actionId, done);
                refresh();
            }

            @Override
            public void add(String text, Owner owner, LocalDate due) {
                minutes.addAction(id, text, owner == null ? null : owner.personId(),
                        owner == null || owner.isPerson() ? null : owner.name(), due);
                refresh();
            }
        };
    }

    private Div tools() {
        var tools = new Div();
        tools.addClassName("meeting-tools");
        if (meeting.canRun() && meeting.state() == MeetingState.PLANNED) {
            var start = new Button(getTranslation("meeting.start"), VaadinIcon.PLAY.create(), e -> {
                lifecycle.start(id);
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
        if (meeting.runnable()) {
            var close = new Button(getTranslation("meeting.close"), VaadinIcon.CHECK.create(), e -> {
                var confirm = new ConfirmDialog(getTranslation("meeting.close.title"),
                        getTranslation("meeting.close.text"), getTranslation("meeting.close"), ok -> {
                            lifecycle.close(id);
                            refresh();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            });
            close.setId("close-meeting");
            tools.add(close);
        }
        if (meeting.state() == MeetingState.CLOSED) {
            tools.add(pdfDownload());
        }
        return tools;
    }

    /** The minutes as a PDF in the reader's language, read anew (and checked) when the file is fetched. */
    private Anchor pdfDownload() {
        var locale = getLocale();
        var meetingId = id;
        var fileName = new MinutesPdf(this::getTranslation, locale).fileName(meeting);
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var pdf = new MinutesPdf((key, parameters) -> getTranslation(locale, key, parameters), locale);
            var closed = downloads.closedMinutes(meetingId, fileName);
            var bytes = pdf.write(closed);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf",
                    bytes.length);
        }), "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("minutes.pdf.download")));
        anchor.setId("minutes-pdf");
        anchor.addClassName("present-link");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + (meeting == null ? "" : " · " + meeting.customer().name())
                + " · " + getTranslation("app.name");
    }
}
