package no.ambisjon.okr.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ambisjon.base.live.LiveSubscription;
import no.ambisjon.base.ui.IdParameter;
import no.ambisjon.base.ui.TypedInput;
import no.ambisjon.base.live.LiveUpdates;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.okr.CheckInEntry;
import no.ambisjon.okr.CommentService;
import no.ambisjon.okr.KeyResultDetail;
import no.ambisjon.okr.KeyResultId;
import no.ambisjon.okr.OkrQueryService;

/** One key result: its numbers, the check-in history as a chart and a list, and its comments. */
@Route("key-results/:id")
@PermitAll
public class KeyResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OkrQueryService queries;
    private final CommentService comments;
    private final OkrEditing editing;
    private final LiveSubscription live;
    private KeyResultId id;
    private KeyResultDetail detail;

    KeyResultView(OkrQueryService queries, CommentService comments, OkrEditing editing, LiveUpdates liveUpdates) {
        this.live = new LiveSubscription(this, liveUpdates);
        this.queries = queries;
        this.comments = comments;
        this.editing = editing;
        addClassName("key-result-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = new KeyResultId(IdParameter.of(event));
        render();
        live.follow(event.getUI(), detail.customer().id().value(), this::refresh);
    }

    void render() {
        removeAll();
        detail = queries.keyResult(id);
        var kr = detail.keyResult();
        var format = ValueFormat.of(this);
        var actions = editing.actionsFor(this, detail.customer(), this::refresh);
        var editable = actions != null;

        add(Breadcrumb.of(detail.customer(), detail.quarter(),
                new Breadcrumb.ObjectiveLink(detail.objectiveId(), detail.objectiveTitle())));
        var title = new H1(kr.title());
        title.setId("key-result-name");
        add(title);

        var current = new Span(format.value(kr.measure(), kr.current(), kr.unit()));
        current.addClassName("big-number");
        current.setId("current-value");
        var of = new Span(getTranslation("key-result.of-target", format.value(kr.measure(), kr.target(), kr.unit()),
                format.value(kr.measure(), kr.start(), kr.unit())));
        of.addClassName("secondary-text");
        var card = new Div(new Div(current, of), new ProgressMeter(kr.progress(), detail.expected(),
                ObjectiveCardView.state(kr), format));
        card.addClassName("key-result-summary");
        var badges = new Div(ObjectiveCardView.badge(getTranslation("category." + kr.category().name()), "category"),
                new OkrWidgets(this).confidence(kr));
        badges.addClassName("badges");
        card.add(badges);
        if (editable) {
            var checkIn = new Button(getTranslation("check-in.action"), e -> actions.checkIn(kr));
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            checkIn.setId("check-in");
            card.add(checkIn);
        }
        add(card);

        add(new H3(getTranslation("history.title")));
        if (detail.history().isEmpty()) {
            add(new EmptyState(VaadinIcon.CHART_LINE, getTranslation("history.empty.title"),
                    getTranslation(editable ? "history.empty.editor" : "history.empty.viewer")));
        } else {
            var chart = HistoryChart.of(kr, detail.quarter(), detail.history(), format,
                    getTranslation("history.chart.aria", kr.title()));
            var chartBox = new Div(chart);
            chartBox.addClassName("chart-box");
            add(chartBox, historyGrid(format));
        }
        add(new CommentThread(detail.comments(), format, text -> {
            comments.onKeyResult(id, text);
            refresh("comment-text");
        }));
    }

    private Grid<CheckInEntry> historyGrid(ValueFormat format) {
        var kr = detail.keyResult();
        var grid = new Grid<CheckInEntry>();
        grid.setId("history");
        grid.addColumn(c -> format.date(c.at())).setHeader(getTranslation("history.date")).setAutoWidth(true);
        grid.addColumn(c -> format.value(kr.measure(), c.value(), kr.unit())).setHeader(getTranslation("history.value"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("confidence." + c.confidence().name()))
                .setHeader(getTranslation("history.confidence")).setAutoWidth(true);
        grid.addColumn(c -> c.comment() == null ? "" : c.comment()).setHeader(getTranslation("history.comment"))
                .setFlexGrow(1);
        grid.addColumn(CheckInEntry::author).setHeader(getTranslation("history.author")).setAutoWidth(true);
        grid.setItems(detail.history());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Rebuilds the page with fresh data, keeping what is being typed except in {@code submitted}. */
    private void refresh(String... submitted) {
        TypedInput.keepAcross(this, this::render, submitted);
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? "" : detail.keyResult().title() + " · ") + getTranslation("app.name");
    }
}
