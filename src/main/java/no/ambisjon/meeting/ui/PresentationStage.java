package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.meeting.MeetingDetail;
import no.ambisjon.meeting.MeetingState;
import no.ambisjon.okr.KeyResultDetail;
import no.ambisjon.okr.KeyResultId;
import no.ambisjon.okr.ui.OkrWidgets;

/**
 * What a shared screen shows of a meeting: the overview of its agenda, or the key result in focus.
 * Each {@link #show} puts the meeting as it is now into the elements already there where it can: a
 * changed key result redraws its own row, and nothing else is sent.
 */
class PresentationStage extends Div {

    /** How long a page of the overview shows before the next, when the key results fill more than one. */
    static final int PAGE_SECONDS = 12;

    /**
     * The overview in pages that fit the screen, turning by themselves: a TV cannot scroll, whatever
     * its size and however many key results there are. The browser measures the rows as they are
     * drawn and fills each page to the bottom of the window (an objective's title comes again on
     * each page its rows reach); it lays the pages out again when the window changes size and at
     * every turn, so that rows a live update made taller still fit. {@code $showPage(n)} and
     * {@code $pages()} let a test walk the pages.
     */
    private static final String PAGES = """
            const overview = this;
            const template = $0;
            const indicator = document.createElement('div');
            indicator.className = 'presentation-pages';
            indicator.setAttribute('aria-live', 'polite');
            overview.after(indicator);
            let page = 0;
            let pages = 1;
            const height = element => {
                const style = getComputedStyle(element);
                return element.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
            };
            const show = () => {
                for (const block of overview.querySelectorAll('.presentation-objective')) {
                    let shown = false;
                    for (const row of block.querySelectorAll('.presentation-row')) {
                        const here = Number(row.dataset.page) === page;
                        row.style.display = here ? '' : 'none';
                        shown = shown || here;
                    }
                    const title = block.querySelector('h2');
                    if (title) {
                        title.style.display = shown ? '' : 'none';
                    }
                }
                indicator.textContent = pages > 1 ? template.replace('{0}', page + 1).replace('{1}', pages) : '';
            };
            const layout = () => {
                overview.querySelectorAll('.presentation-row, .presentation-objective > h2')
                    .forEach(element => element.style.display = '');
                indicator.textContent = template.replace('{0}', 1).replace('{1}', 1);
                const screen = overview.closest('.presentation');
                const available = window.innerHeight - overview.getBoundingClientRect().top - height(indicator)
                    - (screen ? parseFloat(getComputedStyle(screen).paddingBottom) : 0);
                let current = 0;
                let used = 0;
                for (const block of overview.querySelectorAll('.presentation-objective')) {
                    const title = block.querySelector('h2');
                    const titleHeight = title ? height(title) : 0;
                    let titledPage = -1;
                    for (const row of block.querySelectorAll('.presentation-row')) {
                        const rowHeight = height(row);
                        let needed = rowHeight + (titledPage === current ? 0 : titleHeight);
                        if (used > 0 && used + needed > available) {
                            current++;
                            used = 0;
                            needed = rowHeight + titleHeight;
                        }
                        row.dataset.page = current;
                        used += needed;
                        titledPage = current;
                    }
                }
                pages = current + 1;
                page = Math.min(page, pages - 1);
                show();
            };
            overview.$paginate = layout;
            overview.$pages = () => pages;
            overview.$showPage = n => { page = n; show(); };
            window.addEventListener('resize', layout);
            const turning = setInterval(() => {
                if (!overview.isConnected) {
                    clearInterval(turning);
                    window.removeEventListener('resize', layout);
                    return;
                }
                page = (page + 1) % pages;
                layout();
            }, $1);
            // Once drawn, and again once the fonts and the rest of the page have settled.
            requestAnimationFrame(layout);
            setTimeout(layout, 400);
            document.fonts.ready.then(layout);
            """;

    /** The overview's rows by key result, so that a change updates only its row. */
    private final Map<Long, PresentationRow> rows = new HashMap<>();
    private List<Long> overviewLayout = List.of();
    private List<Object> shownHeader = List.of();
    private FocusPanel focusPanel;
    private long focusedKeyResult;

    PresentationStage() {
        addClassName("stage");
    }

    /** Shows nothing, and forgets what it showed: the next {@link #show} draws anew. */
    void clear() {
        overviewLayout = List.of();
        rows.clear();
        focusPanel = null;
        shownHeader = List.of();
        removeAll();
    }

    /**
     * @param keyResults reads the focused key result's history and comments
     * @param minutesLink whether a closed meeting links to its minutes (a paired screen has no pages)
     */
    void show(MeetingDetail meeting, SerializableFunction<KeyResultId, KeyResultDetail> keyResults, boolean minutesLink) {
        var focused = meeting.focused();
        var layout = layoutOf(meeting);
        if (meeting.state() == MeetingState.RUNNING && focused == null && layout.equals(overviewLayout)) {
            updateOverview(meeting);
            return;
        }
        if (focused != null && focusPanel != null && focused.keyResult().id().value() == focusedKeyResult) {
            updateHeader(meeting);
            focusPanel.show(focused, keyResults.apply(focused.keyResult().id()), meeting.expected());
            return;
        }
        clear();
        add(header(meeting));
        if (meeting.state() == MeetingState.CLOSED) {
            add(new H1(getTranslation("present.closed")));
            if (minutesLink) {
                add(new RouterLink(getTranslation("present.minutes"), MeetingView.class,
                        new RouteParameters("id", String.valueOf(meeting.id().value()))));
            }
        } else if (focused != null) {
            focusPanel = new FocusPanel(focused, keyResults.apply(focused.keyResult().id()), meeting.expected());
            focusedKeyResult = focused.keyResult().id().value();
            add(focusPanel);
        } else {
            add(overview(meeting));
            overviewLayout = layout;
        }
    }

    /** The overview's shape: its key results in order. Same shape: update rows in place. */
    static List<Long> layoutOf(MeetingDetail meeting) {
        return meeting.agenda().stream().map(line -> line.keyResult().id().value()).toList();
    }

    private void updateOverview(MeetingDetail meeting) {
        var widgets = new OkrWidgets(this);
        updateHeader(meeting);
        meeting.agenda().forEach(line -> rows.get(line.keyResult().id().value()).show(line, meeting.expected(), widgets));
    }

    private void updateHeader(MeetingDetail meeting) {
        if (!headerOf(meeting).equals(shownHeader)) {
            getChildren().findFirst().ifPresent(header -> replace(header, header(meeting)));
        }
    }

    private static List<Object> headerOf(MeetingDetail meeting) {
        return List.of(meeting.customer().name(), meeting.quarter(), meeting.expected(),
                meeting.previous() == null ? -1 : meeting.previous().actionsDone());
    }

    private Div header(MeetingDetail meeting) {
        shownHeader = headerOf(meeting);
        var header = new Div(new Span(meeting.customer().name()),
                new Span(getTranslation("quarter.label", meeting.quarter().year(), meeting.quarter().number())),
                new Span(getTranslation("present.passed", new OkrWidgets(this).format().share(meeting.expected()))));
        if (meeting.previous() != null) {
            var done = new Span(getTranslation("present.actions-done", meeting.previous().actionsDone()));
            done.setId("actions-done-since");
            header.add(done);
        }
        header.addClassName("presentation-header");
        return header;
    }

    private Div overview(MeetingDetail meeting) {
        var widgets = new OkrWidgets(this);
        var overview = new Div();
        overview.addClassName("presentation-overview");
        overview.setId("presentation-overview");
        overview.getElement().executeJs(PAGES, getTranslation("present.page"), PAGE_SECONDS * 1000);
        var byObjective = new LinkedHashMap<String, List<AgendaLine>>();
        meeting.agenda().forEach(line -> byObjective.computeIfAbsent(line.objectiveTitle(), t -> new ArrayList<>()).add(line));
        if (byObjective.isEmpty()) {
            overview.add(new H1(getTranslation("present.empty")));
        }
        byObjective.forEach((objective, lines) -> {
            var block = new Div(new H2(objective));
            block.addClassName("presentation-objective");
            lines.forEach(line -> {
                var row = new PresentationRow(line, meeting.expected(), widgets);
                rows.put(line.keyResult().id().value(), row);
                block.add(row);
            });
            overview.add(block);
        });
        return overview;
    }
}
