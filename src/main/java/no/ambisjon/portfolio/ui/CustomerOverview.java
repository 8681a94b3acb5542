package no.ambisjon.portfolio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.okr.Grades;
import no.ambisjon.okr.ui.OkrView;
import no.ambisjon.okr.ui.OkrWidgets;
import no.ambisjon.okr.ui.ValueFormat;
import no.ambisjon.portfolio.CustomerStanding;

/**
 * Every customer at a glance, for the current quarter: one row each, sortable by any column,
 * filtered by name or to those that need following up. A click opens the customer.
 */
class CustomerOverview extends Div {

    private final Grid<CustomerStanding> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox attentionOnly = new Checkbox();
    private final GridListDataView<CustomerStanding> rows;

    CustomerOverview(List<CustomerStanding> standings) {
        addClassName("customer-overview");
        var widgets = new OkrWidgets(this);
        var collator = Collator.getInstance(Language.NB.locale());

        grid.addComponentColumn(this::name).setHeader(getTranslation("overview.customer"))
                .setComparator(Comparator.comparing((CustomerStanding s) -> s.customer().name(), collator))
                .setAutoWidth(true).setFlexGrow(1).setKey("customer");
        grid.addColumn(CustomerStanding::objectives).setHeader(getTranslation("overview.objectives"))
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("5rem");
        grid.addComponentColumn(s -> s.objectives() == 0 ? new Span(getTranslation("overview.no-objectives"))
                        : widgets.progress(s.progress(), s.expected(), s.standing()))
                .setHeader(getTranslation("overview.progress"))
                .setComparator(Comparator.comparingDouble(s -> s.progress() - s.expected())).setWidth("7rem").setFlexGrow(2);
        grid.addComponentColumn(this::behind).setHeader(getTranslation("overview.behind"))
                .setComparator(Comparator.comparingInt(CustomerStanding::behind)).setFlexGrow(0).setWidth("6rem")
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::lastCheckIn).setHeader(getTranslation("overview.last-check-in"))
                .setComparator(Comparator.comparing(CustomerStanding::daysSinceCheckIn,
                        Comparator.nullsLast(Comparator.<Integer>naturalOrder())))
                .setWidth("7.5rem").setFlexGrow(0).setKey("last-check-in");
        // Objectives that meet the whole guide, out of all: scores of several objectives do not add up.
        grid.addComponentColumn(s -> s.objectives() == 0 ? new Span() : widgets.guideMet(s.guideMet(), s.objectives()))
                .setHeader(getTranslation("overview.coach"))
                .setComparator(Comparator.comparingDouble(CustomerOverview::guideShare)).setFlexGrow(0)
                .setWidth("7rem").setKey("coach");
        grid.addComponentColumn(this::lastQuarter).setHeader(getTranslation("overview.last-quarter"))
                .setComparator(Comparator.comparing(CustomerStanding::lastQuarterGrade,
                        Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("6.5rem").setKey("last-quarter");
        grid.addColumn(s -> s.nextMeeting() == null ? getTranslation("overview.no-meeting")
                        : TimeText.format(s.nextMeeting(), getLocale()))
                .setHeader(getTranslation("overview.next-meeting"))
                .setComparator(Comparator.comparing(CustomerStanding::nextMeeting,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(CustomerStanding::openActions).setHeader(getTranslation("overview.open-actions"))
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("5.5rem");
        grid.setId("customer-overview");
        // Narrow columns whose headers and dates wrap: the whole overview fits a 1280 px laptop beside the menu.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(s -> s.stale() ? "stale" : null);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui ->
                ui.navigate(OkrView.class, OkrView.routeTo(e.getItem().customer().slug()))));
        rows = grid.setItems(standings);

        search.setPlaceholder(getTranslation("overview.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setId("overview-search");
        search.addValueChangeListener(e -> filter());
        attentionOnly.setLabel(getTranslation("overview.attention-only"));
        attentionOnly.setId("overview-attention");
        attentionOnly.addValueChangeListener(e -> filter());
        var tools = new HorizontalLayout(search, attentionOnly);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.addClassName("overview-tools");
        add(tools, grid);
    }

    private void filter() {
        var text = search.getValue().strip().toLowerCase(Locale.ROOT);
        rows.setFilter(s -> (!attentionOnly.getValue() || s.needsAttention())
                && (text.isEmpty() || s.customer().name().toLowerCase(Locale.ROOT).contains(text)
                || s.customer().shortNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(text))));
    }

    private Component name(CustomerStanding s) {
        var link = new RouterLink(s.customer().name(), OkrView.class, OkrView.routeTo(s.customer().slug()));
        link.addClassName("overview-customer");
        return link;
    }

    private Component behind(CustomerStanding s) {
        var count = new Span(String.valueOf(s.behind()));
        if (s.behind() > 0) {
            count.addClassNames("badge", "standing-needs-attention");
        }
        return count;
    }

    private Component lastCheckIn(CustomerStanding s) {
        Span text;
        if (s.daysSinceCheckIn() == null) {
            text = new Span(getTranslation("overview.never-checked-in"));
        } else {
            text = new Span(getTranslation("overview.days-ago", s.daysSinceCheckIn()));
        }
        if (s.stale()) {
            text.addClassNames("badge", "stale");
            text.getElement().setAttribute("title",
                    getTranslation("overview.stale.help", CustomerStanding.STALE_AFTER_DAYS));
            text.addComponentAsFirst(VaadinIcon.WARNING.create());
        }
        return text;
    }

    /** The previous quarter's grade, marked when it was missed; nothing when it was not evaluated. */
    private Span lastQuarter(CustomerStanding standing) {
        var grade = standing.lastQuarterGrade();
        if (grade == null) {
            return new Span();
        }
        var text = new Span(ValueFormat.of(this).grade(grade));
        text.addClassName(Grades.outcomeClass(grade));
        return text;
    }

    private static double guideShare(CustomerStanding s) {
        return s.objectives() == 0 ? -1 : (double) s.guideMet() / s.objectives();
    }
}
