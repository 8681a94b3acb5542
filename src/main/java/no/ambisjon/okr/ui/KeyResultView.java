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
import java.util.List;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.base.ui.IdParameter;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.base.ui.PhoneWidth;
import no.ambisjon.live.LiveSubscription;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.okr.CheckInEntry;
import no.ambisjon.okr.CommentService;
import no.ambisjon.okr.KeyResultDetail;
import no.ambisjon.okr.KeyResultId;
import no.ambisjon.okr.OkrQueryService;

/**
 * One key result: its numbers, the check-in history as a chart and a list, and its comments. Built
 * when entered; after a change the same elements take the new data.
 */
@Route("key-results/:id")
@PermitAll
public class KeyResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OkrQueryService queries;
    private final CommentService comments;
    private final OkrEditing editing;
    private final LiveSubscription live;
    private final H1 title = new H1();
    private final Span current = new Span();
    private final Span of = new Span();
    private final Span forecast = new Span();
    private final Span category = Badges.badge("", "category");
    private final Grid<CheckInEntry> history = new Grid<>();
    private final Div chartBox = new Div();
    private KeyResultId id;
    private KeyResultDetail detail;
    private OkrWidgets widgets;
    private Div breadcrumb;
    private Breadcrumb.ObjectiveLink shownWay;
    private ProgressMeter meter;
    private Span standing;
    private final Span owner = new Span();
    private Span chart;
    private EmptyState noHistory;
    private CommentThread thread;
    private List<Grid.Column<CheckInEntry>> wideColumns = List.of();
    private Grid.Column<CheckInEntry> cardColumn;
    private boolean onPhone;

    KeyResultView(OkrQueryService queries, CommentService comments, OkrEditing editing, LiveUpdates liveUpdates) {
        this.live = new LiveSubscription(this, liveUpdates);
        this.queries = queries;
        this.comments = comments;
        this.editing = editing;
        addClassName("key-result-view");
        title.setId("key-result-name");
        current.addClassName("big-number");
        current.setId("current-value");
        of.addClassName("secondary-text");
        forecast.addClassName("forecast");
        forecast.setId("forecast");
        chartBox.addClassName("chart-box");
        history.setId("history");
        history.setAllRowsVisible(true);
        PhoneWidth.follow(history, phone -> {
            onPhone = phone;
            showColumns();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = new KeyResultId(IdParameter.of(event));
        build();
        live.follow(event.getUI(), detail.customer().id().value(), this::refresh);
    }

    private void build() {
        removeAll();
        detail = queries.keyResult(id);
        widgets = new OkrWidgets(this);
        var kr = detail.keyResult();
        var actions = editing.actionsFor(this, detail.customer(), this::refresh);
        var editable = actions != null;

        meter = (ProgressMeter) widgets.progress(kr, detail.expected());
        standing = widgets.standing(kr);
        var badges = new Div(category, standing);
        badges.addClassName("badges");
        owner.addClassName("key-result-owner");
        var summary = new Div(new Div(current, of), meter, badges, owner);
        summary.addClassName("key-result-summary");
        if (editable) {
            var checkIn = new Button(getTranslation("check-in.action"), e -> actions.checkIn(detail.keyResult()));
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            checkIn.setId("check-in");
            summary.add(checkIn);
        }
        noHistory = new EmptyState(VaadinIcon.CHART_LINE, getTranslation("history.empty.title"),
                getTranslation(editable ? "history.empty.editor" : "history.empty.viewer"));
        chart = widgets.history(kr, detail.quarter(), detail.history());
        chartBox.removeAll();
        chartBox.add(chart);
        history.removeAllColumns();
        columns();
        thread = new CommentThread(widgets.format(), text -> {
            comments.onKeyResult(id, text);
            refresh();
        });
        breadcrumb = new Div();
        shownWay = null;
        add(breadcrumb, title, summary, new H3(getTranslation("history.title")), noHistory, chartBox, forecast, history,
                thread);
        show();
    }

    /** After a change, here or on another device: the same elements take the new data. */
    private void refresh() {
        detail = queries.keyResult(id);
        show();
    }

    private void show() {
        var kr = detail.keyResult();
        var format = widgets.format();
        var way = new Breadcrumb.ObjectiveLink(detail.objectiveId(), detail.objectiveTitle());
        if (!way.equals(shownWay)) {
            breadcrumb.removeAll();
            breadcrumb.add(Breadcrumb.of(detail.customer(), detail.quarter(), way));
            shownWay = way;
        }
        InPlace.text(title, kr.title());
        InPlace.text(current, format.value(kr.measure(), kr.current(), kr.unit()));
        InPlace.text(of, widgets.ofTarget(kr));
        InPlace.text(category, getTranslation("category." + kr.category().name()));
        meter.show(kr.progress(), detail.expected(), kr.standing());
        widgets.standing(standing, kr);
        Markup.redraw(owner.getElement(), OwnerView.labelled(this, "key-result.owner", kr.owner()));
        owner.setVisible(kr.owner() != null);
        var empty = detail.history().isEmpty();
        noHistory.setVisible(empty);
        chartBox.setVisible(!empty);
        history.setVisible(!empty);
        widgets.history(chart, kr, detail.quarter(), detail.history());
        widgets.forecast(forecast, kr);
        history.setItems(detail.history());
        thread.show(detail.comments());
    }

    /** Five columns on a wide screen; on a phone one, each check-in as a short card. */
    private void columns() {
        var format = widgets.format();
        wideColumns = List.of(
                history.addColumn(c -> format.date(c.at())).setHeader(getTranslation("history.date")).setAutoWidth(true),
                history.addColumn(this::value).setHeader(getTranslation("history.value")).setAutoWidth(true),
                history.addColumn(c -> getTranslation("confidence." + c.confidence().name()))
                        .setHeader(getTranslation("history.confidence")).setAutoWidth(true),
                history.addColumn(c -> c.comment() == null ? "" : c.comment()).setHeader(getTranslation("history.comment"))
                        .setFlexGrow(1),
                history.addColumn(CheckInEntry::author).setHeader(getTranslation("history.author")).setAutoWidth(true));
        cardColumn = history.addComponentColumn(this::card).setHeader(getTranslation("history.check-ins")).setFlexGrow(1);
        showColumns();
    }

    private void showColumns() {
        wideColumns.forEach(column -> column.setVisible(!onPhone));
        if (cardColumn != null) {
            cardColumn.setVisible(onPhone);
        }
    }

    private String value(CheckInEntry checkIn) {
        return widgets.format().value(detail.keyResult().measure(), checkIn.value(), detail.keyResult().unit());
    }

    private Div card(CheckInEntry checkIn) {
        var value = new Span(value(checkIn));
        value.addClassName("history-card-value");
        var meta = new Span(widgets.format().date(checkIn.at()) + " · " + checkIn.author() + " · "
                + getTranslation("confidence." + checkIn.confidence().name()));
        meta.addClassName("secondary-text");
        var card = new Div(value, meta);
        if (checkIn.comment() != null) {
            card.add(new Span(checkIn.comment()));
        }
        card.addClassName("history-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? "" : detail.keyResult().title() + " · ") + getTranslation("app.name");
    }
}
