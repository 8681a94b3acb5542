package no.ambisjon.okr.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import no.ambisjon.security.CurrentUser;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.base.ui.KeyedRows;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.live.LiveSubscription;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.okr.ObjectiveCard;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.QuarterPlan;
import no.ambisjon.okr.export.ExportFile;
import no.ambisjon.okr.export.OkrExportService;
import org.springframework.modulith.NamedInterface;

/**
 * A customer's OKR page: the objectives of a quarter (the current one unless the address says
 * otherwise), each with its key results, progress against the expected line, confidence and trend.
 * The page is built when it is entered; after a change it takes the new data in place.
 */
@NamedInterface("widgets")
@Route("customers/:slug")
@PermitAll
public class OkrView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String SLUG = "slug";
    static final String QUARTER = "quarter";
    static final String MINE = "mine";

    private final CustomerService customers;
    private final OkrQueryService queries;
    private final ObjectiveService objectives;
    private final OkrEditing editing;
    private final LiveSubscription live;
    private final OkrExportService exports;
    private final CurrentUser currentUser;
    private final Div objectivesArea = new Div();
    private final Span passed = new Span();
    private CustomerSummary customer;
    private Quarter quarter;
    /** Whether only the user's own key results are shown ({@code ?mine=true}). */
    private boolean mine;
    private final Paragraph noneOfMine = new Paragraph();
    private OkrActions actions;
    private QuarterPlan plan;
    private double expected;
    private KeyedRows<ObjectiveCard, ObjectiveCardView> cards;
    private Div tools;
    private Component empty;

    OkrView(CustomerService customers, OkrQueryService queries, ObjectiveService objectives, OkrEditing editing,
            LiveUpdates liveUpdates, OkrExportService exports, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.exports = exports;
        this.live = new LiveSubscription(this, liveUpdates);
        this.customers = customers;
        this.queries = queries;
        this.objectives = objectives;
        this.editing = editing;
        addClassName("okr-view");
    }

    public static RouteParameters routeTo(String slug) {
        return new RouteParameters(SLUG, slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customer = customers.getBySlug(event.getRouteParameters().get(SLUG).orElse(""));
        quarter = event.getLocation().getQueryParameters().getSingleParameter(QUARTER)
                .flatMap(OkrView::parseQuarter).orElseGet(queries::currentQuarter);
        mine = event.getLocation().getQueryParameters().getSingleParameter(MINE).map("true"::equals).orElse(false);
        actions = editing.actionsFor(this, customer, this::refresh);
        build();
        live.follow(event.getUI(), customer.id().value(), this::refresh);
    }

    private static Optional<Quarter> parseQuarter(String text) {
        try {
            return Optional.of(Quarter.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The page for the customer and quarter in the address. */
    private void build() {
        removeAll();
        var plan = queries.plan(customer.id(), quarter);
        cards = new KeyedRows<>(objectivesArea, card -> card.id().value(),
                card -> new ObjectiveCardView(card, expected, actions), (view, card) -> view.show(card, expected));
        objectivesArea.removeAll();
        objectivesArea.addClassName("objectives");
        noneOfMine.setText(getTranslation("okr.mine.none"));
        noneOfMine.addClassName("secondary-text");
        noneOfMine.setId("mine-none");
        add(header(), noneOfMine, objectivesArea, emptyState());
        show(plan);
    }

    /** After a change, here or on another device: the same elements take the new data. */
    void refresh() {
        show(queries.plan(customer.id(), quarter));
    }

    private void show(QuarterPlan plan) {
        this.plan = plan;
        this.expected = plan.expected();
        InPlace.text(passed, getTranslation("okr.quarter-passed", label(quarter), ValueFormat.of(this).share(plan.expected())));
        if (tools != null) {
            tools.setVisible(!plan.objectives().isEmpty());
        }
        var shown = mine ? mine(plan.objectives()) : plan.objectives();
        cards.show(shown);
        empty.setVisible(plan.objectives().isEmpty());
        noneOfMine.setVisible(mine && shown.isEmpty() && !plan.objectives().isEmpty());
    }

    /** The objectives with the user's own key results, only those. */
    private List<ObjectiveCard> mine(List<ObjectiveCard> all) {
        var me = currentUser.require().id();
        return all.stream().map(card -> card.onlyOwnedBy(me)).filter(card -> !card.keyResults().isEmpty()).toList();
    }

    private Component emptyState() {
        empty = actions == null
                ? new EmptyState(VaadinIcon.CROSSHAIRS, getTranslation("okr.empty.title", label(quarter)),
                        getTranslation("okr.empty.viewer", customer.name()))
                : new EmptyState(VaadinIcon.CROSSHAIRS, getTranslation("okr.empty.title", label(quarter)),
                        getTranslation("okr.empty.editor", customer.name()), newObjectiveButton(ButtonVariant.LUMO_PRIMARY, "new-objective-first"));
        return empty;
    }

    private Div header() {
        var title = new H1(customer.name());
        title.setId("customer-name");
        var picker = new Select<Quarter>();
        picker.setId("quarter");
        picker.setAriaLabel(getTranslation("okr.quarter"));
        picker.setItems(queries.quarters(customer.id()));
        picker.setItemLabelGenerator(this::label);
        picker.setValue(quarter);
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showQuarter(e.getValue());
            }
        });
        var mineOnly = new Checkbox(getTranslation("okr.mine"), mine);
        mineOnly.setId("mine");
        mineOnly.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                mine = e.getValue();
                showQuarter(quarter);
            }
        });
        var top = new Div(title, picker, mineOnly);
        top.addClassName("okr-header-top");

        passed.addClassName("secondary-text");
        var meetings = new Anchor("customers/" + customer.slug() + "/meetings", getTranslation("okr.meetings"));
        meetings.setId("meetings-link");
        var subline = new Div(passed, meetings, downloads());
        subline.addClassName("okr-subline");
        var header = new Div(top, subline);
        header.addClassName("okr-header");
        tools = null;
        if (actions != null) {
            var copy = new Button(getTranslation("copy.action", label(quarter.next())), VaadinIcon.COPY.create(),
                    e -> new CopyToNextQuarterDialog(plan, label(quarter.next()), objectives, this::showQuarter).open());
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            copy.setId("copy-to-next-quarter");
            tools = new Div(newObjectiveButton(ButtonVariant.LUMO_PRIMARY, "new-objective"), copy);
            tools.addClassName("okr-tools");
            header.add(tools);
        }
        return header;
    }

    /** The quarter as a file, fetched when clicked: the read checks the user's access again then. */
    private Div downloads() {
        var quarterShown = quarter;
        var customerId = customer.id();
        var locale = getLocale();
        var label = new Span(getTranslation("export.menu"));
        label.addClassName("secondary-text");
        var downloads = new Div(VaadinIcon.DOWNLOAD_ALT.create(), label,
                download("export-csv", "export.csv", () -> exports.csv(customerId, quarterShown, locale)),
                download("export-xlsx", "export.xlsx", () -> exports.xlsx(customerId, quarterShown, locale)));
        downloads.addClassName("okr-downloads");
        return downloads;
    }

    private Anchor download(String id, String key, SerializableSupplier<ExportFile> file) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var export = file.get();
            return new DownloadResponse(new ByteArrayInputStream(export.content()), export.fileName(),
                    export.contentType(), export.content().length);
        }), getTranslation(key));
        anchor.setId(id);
        anchor.setTitle(getTranslation(key + ".help"));
        return anchor;
    }

    private Button newObjectiveButton(ButtonVariant variant, String id) {
        var button = new Button(getTranslation("objective.new"), VaadinIcon.PLUS.create(),
                e -> actions.newObjective(quarter));
        button.addThemeVariants(variant);
        button.setId(id);
        // Only the button in view answers the shortcut: the header's, or the empty page's.
        button.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        button.setTooltipText(getTranslation("objective.new.shortcut"));
        return button;
    }

    private void showQuarter(Quarter target) {
        var parameters = new java.util.LinkedHashMap<String, String>();
        parameters.put(QUARTER, target.toString());
        if (mine) {
            parameters.put(MINE, "true");
        }
        UI.getCurrent().navigate(OkrView.class, routeTo(customer.slug()), QueryParameters.simple(parameters));
    }

    String label(Quarter q) {
        return getTranslation("quarter.label", q.year(), q.number());
    }

    @Override
    public String getPageTitle() {
        return (customer == null ? "" : customer.name() + " · ") + getTranslation("app.name");
    }
}
