package no.ambisjon.okr.ui;

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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import no.ambisjon.base.live.LiveSubscription;
import no.ambisjon.base.live.LiveUpdates;
import java.util.Optional;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.QuarterPlan;
import no.ambisjon.okr.export.ExportFile;
import no.ambisjon.okr.export.OkrExportService;

/**
 * A customer's OKR page: the objectives of a quarter (the current one unless the address says
 * otherwise), each with its key results, progress against the expected line, confidence and trend.
 */
@Route("customers/:slug")
@PermitAll
public class OkrView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String SLUG = "slug";
    static final String QUARTER = "quarter";

    private final CustomerService customers;
    private final OkrQueryService queries;
    private final ObjectiveService objectives;
    private final OkrEditing editing;
    private final LiveSubscription live;
    private final OkrExportService exports;
    private CustomerSummary customer;
    private Quarter quarter;
    private OkrActions actions;

    OkrView(CustomerService customers, OkrQueryService queries, ObjectiveService objectives, OkrEditing editing,
            LiveUpdates liveUpdates, OkrExportService exports) {
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
        actions = editing.actionsFor(this, customer, this::render);
        render();
        live.follow(event.getUI(), customer.id().value(), this::render);
    }

    private static Optional<Quarter> parseQuarter(String text) {
        try {
            return Optional.of(Quarter.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    void render() {
        removeAll();
        var plan = queries.plan(customer.id(), quarter);
        var format = ValueFormat.of(this);
        add(header(plan, format));
        if (plan.objectives().isEmpty()) {
            add(actions == null
                    ? new EmptyState(VaadinIcon.CROSSHAIRS, getTranslation("okr.empty.title", label(quarter)),
                            getTranslation("okr.empty.viewer", customer.name()))
                    : new EmptyState(VaadinIcon.CROSSHAIRS, getTranslation("okr.empty.title", label(quarter)),
                            getTranslation("okr.empty.editor"), newObjectiveButton(ButtonVariant.LUMO_PRIMARY)));
            return;
        }
        plan.objectives().forEach(card -> add(new ObjectiveCardView(card, plan.expected(), actions)));
    }

    private Div header(QuarterPlan plan, ValueFormat format) {
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
                UI.getCurrent().navigate(OkrView.class, routeTo(customer.slug()),
                        QueryParameters.of(QUARTER, e.getValue().toString()));
            }
        });
        var top = new Div(title, picker);
        top.addClassName("okr-header-top");

        var passed = new Span(getTranslation("okr.quarter-passed", label(quarter), format.share(plan.expected())));
        passed.addClassName("secondary-text");
        var meetings = new Anchor("customers/" + customer.slug() + "/meetings", getTranslation("okr.meetings"));
        meetings.setId("meetings-link");
        var subline = new Div(passed, meetings, downloads());
        subline.addClassName("okr-subline");
        var header = new Div(top, subline);
        header.addClassName("okr-header");
        if (actions != null && !plan.objectives().isEmpty()) {
            var copy = new Button(getTranslation("copy.action", label(quarter.next())), VaadinIcon.COPY.create(),
                    e -> new CopyToNextQuarterDialog(plan, label(quarter.next()), objectives, this::showQuarter).open());
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            copy.setId("copy-to-next-quarter");
            var tools = new Div(newObjectiveButton(ButtonVariant.LUMO_PRIMARY), copy);
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

    private Button newObjectiveButton(ButtonVariant variant) {
        var button = new Button(getTranslation("objective.new"), VaadinIcon.PLUS.create(),
                e -> actions.newObjective(quarter));
        button.addThemeVariants(variant);
        button.setId("new-objective");
        button.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        button.setTooltipText(getTranslation("objective.new.shortcut"));
        return button;
    }

    private void showQuarter(Quarter target) {
        UI.getCurrent().navigate(OkrView.class, routeTo(customer.slug()), QueryParameters.of(QUARTER, target.toString()));
    }

    String label(Quarter q) {
        return getTranslation("quarter.label", q.year(), q.number());
    }

    @Override
    public String getPageTitle() {
        return (customer == null ? "" : customer.name() + " · ") + getTranslation("app.name");
    }
}
