package no.ambisjon.admin.ui;

import no.ambisjon.base.ui.LocalisedDatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ambisjon.audit.AuditFilter;
import no.ambisjon.audit.AuditRow;
import no.ambisjon.audit.AuditService;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.ui.DateFields;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.customer.CustomerAdminService;
import no.ambisjon.security.AccountChange;
import no.ambisjon.security.Role;

/**
 * Administration: who did what, when, and for which customer, newest first, narrowed by customer,
 * user, kind and dates. The grid fetches a page at a time, however long the log grows.
 */
@Route("admin/audit")
@RolesAllowed(Role.Name.ADMIN)
@Menu(order = 12, icon = "vaadin:clipboard-text", title = "nav.admin.audit")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final Grid<AuditRow> grid = new Grid<>();
    final ComboBox<Long> customer = new ComboBox<>();
    final TextField actor = new TextField();
    final ComboBox<ChangeKind> kind = new ComboBox<>();
    final DatePicker from = new LocalisedDatePicker();
    final DatePicker until = new LocalisedDatePicker();
    private final Span total = new Span();
    private final Map<Long, String> customerNames = new LinkedHashMap<>();
    /** Nothing was logged before the application existed. */
    private static final LocalDate AUDIT_BEGINS = LocalDate.of(2020, 1, 1);

    AuditView(AuditService audit, CustomerAdminService customers, Clock clock) {
        this.audit = audit;
        var today = LocalDate.now(clock.withZone(TimeText.ZONE));
        addClassNames("admin-view", "audit-admin");
        customers.customers().forEach(c -> customerNames.put(c.id(), c.name()));

        customer.setLabel(getTranslation("audit.customer"));
        customer.setItems(customerNames.keySet());
        customer.setItemLabelGenerator(customerNames::get);
        customer.setClearButtonVisible(true);
        customer.setPlaceholder(getTranslation("audit.any-customer"));
        customer.setId("audit-customer");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setPlaceholder(getTranslation("audit.actor.placeholder"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setId("audit-actor");
        var collator = Collator.getInstance(getLocale());
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(Arrays.stream(ChangeKind.values())
                .sorted(Comparator.comparing(this::kindText, collator)).toList());
        kind.setItemLabelGenerator(this::kindText);
        kind.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("audit.any-kind"));
        kind.setId("audit-kind");
        from.setLabel(getTranslation("audit.from"));
        from.setLocale(getLocale());
        from.setClearButtonVisible(true);
        from.setId("audit-from");
        DateFields.within(from, AUDIT_BEGINS, today.plusYears(1));
        until.setLabel(getTranslation("audit.until"));
        until.setLocale(getLocale());
        until.setClearButtonVisible(true);
        until.setId("audit-until");
        DateFields.within(until, AUDIT_BEGINS, today.plusYears(1));
        from.addValueChangeListener(e -> until.setMin(e.getValue()));
        until.addValueChangeListener(e -> from.setMax(e.getValue()));
        customer.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());
        var filters = new Div(customer, actor, kind, from, until);
        filters.addClassName("admin-filters");

        grid.addColumn(row -> TimeText.format(row.at(), getLocale())).setHeader(getTranslation("audit.at")).setAutoWidth(true)
                .setFlexGrow(0).setKey("at");
        grid.addColumn(this::actor).setHeader(getTranslation("audit.actor")).setFlexGrow(2).setKey("actor");
        grid.addColumn(row -> kindText(row.kind())).setHeader(getTranslation("audit.kind")).setFlexGrow(2)
                .setKey("kind");
        grid.addColumn(row -> row.customerId() == null ? "" : customerNames.getOrDefault(row.customerId(), ""))
                .setHeader(getTranslation("audit.customer")).setFlexGrow(2).setKey("customer");
        grid.addColumn(this::details).setHeader(getTranslation("audit.subject")).setFlexGrow(4)
                .setKey("subject").setTooltipGenerator(this::details);
        // Long entries wrap rather than end in an ellipsis: the whole line stays readable.
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setId("audit");
        total.addClassName("secondary-text");
        total.setId("audit-total");

        add(new PageHeader(getTranslation("admin.audit.title"), getTranslation("admin.audit.intro")),
                filters, total, grid);
        setFlexGrow(1, grid);
        setHeightFull();
        refresh();
    }

    private String kindText(ChangeKind kind) {
        return getTranslation("audit.kind." + kind.name());
    }

    /** Who, except that a name nobody has is never shown as typed, only as the key that groups its attempts. */
    private String actor(AuditRow row) {
        var unknown = AccountChange.UNKNOWN_USER;
        if (row.actor().equals(unknown)) {
            return getTranslation("audit.unknown-user");
        }
        if (row.actor().startsWith(unknown + ":")) {
            var key = row.actor().substring(unknown.length() + 1);
            return getTranslation("audit.unknown-user.key", key.substring(0, Math.min(6, key.length())));
        }
        return row.actor();
    }

    /** The details as stored, except the login events' codes, which are put in words. */
    private String details(AuditRow row) {
        if (row.subject() == null) {
            return "";
        }
        return switch (row.kind()) {
            case LOGIN_FAILED, PASSWORD_CHANGE_FAILED -> {
                var reasonAndAddress = row.subject().split(" ", 2);
                var reason = getTranslation("audit.login-failed." + reasonAndAddress[0]);
                yield reasonAndAddress.length == 1 ? reason : getTranslation("audit.reason-from", reason, reasonAndAddress[1]);
            }
            case ACCOUNT_LOCKED -> {
                try {
                    yield getTranslation("audit.locked-until", TimeText.format(Instant.parse(row.subject()), getLocale()));
                } catch (DateTimeParseException e) {
                    yield getTranslation("audit.locked-from", row.subject());
                }
            }
            default -> row.subject();
        };
    }

    private AuditFilter filter() {
        return new AuditFilter(customer.getValue(), actor.getValue(), kind.getValue(), from.getValue(),
                until.getValue());
    }

    private void refresh() {
        var filter = filter();
        var count = audit.count(filter);
        total.setText(getTranslation("audit.total", count));
        grid.setItems(query -> audit.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(count, Integer.MAX_VALUE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.audit.title") + " · " + getTranslation("app.name");
    }
}
