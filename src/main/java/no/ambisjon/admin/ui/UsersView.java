package no.ambisjon.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.customer.CustomerAdminService;
import no.ambisjon.customer.CustomerRow;
import no.ambisjon.mail.OutboxService;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.security.Role;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserRow;

/** Administration: everyone who may log in, agency staff and customer logins, and what they may do. */
@Route("admin/users")
@RolesAllowed(Role.Name.ADMIN)
@Menu(order = 11, icon = "vaadin:users", title = "nav.admin.users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    /** Filter: everyone, agency staff only, or the logins of one customer. */
    private static final long AGENCY = -1;

    private final UserAdminService admin;
    private final CustomerAdminService customerAdmin;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** Whether links to set a password go by mail, or wait in the outbox for the admin to pass on. */
    private final boolean mailed;
    private final Grid<UserRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Long> belongsTo = new Select<>();
    private Map<Long, String> customerNames = Map.of();
    private Set<Long> inactiveCustomers = Set.of();

    UsersView(UserAdminService admin, CustomerAdminService customerAdmin, CurrentUser currentUser, Clock clock,
              OutboxService outbox) {
        this.admin = admin;
        this.mailed = outbox.setup().serverConfigured();
        this.customerAdmin = customerAdmin;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("admin-view", "users-admin");
        var create = ListControls.createButton(getTranslation("admin.user.new"),
                getTranslation("admin.user.new.shortcut"), "new-user", e -> openNew());
        ListControls.search(search, getTranslation("admin.user.search"), "user-search",
                () -> grid.getListDataView().refreshAll());
        belongsTo.setAriaLabel(getTranslation("admin.user.belongs-to"));
        belongsTo.setEmptySelectionAllowed(true);
        belongsTo.setEmptySelectionCaption(getTranslation("admin.user.belongs-to.everyone"));
        belongsTo.setItemLabelGenerator(id -> id == null ? getTranslation("admin.user.belongs-to.everyone")
                : id == AGENCY ? getTranslation("admin.user.belongs-to.agency") : customerNames.get(id));
        belongsTo.setId("user-belongs-to");
        belongsTo.addValueChangeListener(e -> grid.getListDataView().refreshAll());
        var filters = new Div(search, belongsTo);
        filters.addClassName("admin-filters");

        grid.addComponentColumn(this::name).setHeader(getTranslation("admin.user.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(user -> getTranslation("role." + user.role().name())).setHeader(getTranslation("admin.user.role"))
                .setAutoWidth(true).setFlexGrow(0).setKey("role");
        grid.addColumn(user -> user.customerId() == null ? getTranslation("admin.user.agency")
                        : customerNames.getOrDefault(user.customerId(), ""))
                .setHeader(getTranslation("admin.user.belongs-to")).setFlexGrow(2).setKey("customer");
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("status");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> openEdit(e.getItem()));
        grid.setAllRowsVisible(true);
        grid.setId("users");

        add(new PageHeader(getTranslation("admin.users.title"), getTranslation("admin.users.intro"), create),
                filters, grid);
        render();
    }

    private void render() {
        var names = new LinkedHashMap<Long, String>();
        var customers = customerAdmin.customers();
        customers.forEach(c -> names.put(c.id(), c.name()));
        customerNames = names;
        inactiveCustomers = customers.stream().filter(c -> !c.active()).map(CustomerRow::id).collect(Collectors.toSet());
        var choices = new ArrayList<Long>();
        choices.add(AGENCY);
        choices.addAll(names.keySet());
        var chosen = belongsTo.getValue();
        belongsTo.setItems(choices);
        belongsTo.setValue(chosen);
        grid.setItems(admin.users()).setFilter(this::matches);
    }

    private boolean matches(UserRow user) {
        var chosen = belongsTo.getValue();
        if (chosen != null && (chosen == AGENCY ? user.customerId() != null : !chosen.equals(user.customerId()))) {
            return false;
        }
        var text = search.getValue().strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() || user.displayName().toLowerCase(Locale.ROOT).contains(text)
                || user.username().contains(text);
    }

    private Component name(UserRow user) {
        var name = new Span(user.displayName());
        name.addClassName("admin-primary");
        var username = new Span(user.username());
        username.addClassName("secondary-text");
        var cell = new Div(name, username);
        cell.addClassName("admin-name-cell");
        return cell;
    }

    private Component status(UserRow user) {
        String key;
        String style;
        if (!user.active()) {
            key = "admin.inactive";
            style = "status-inactive";
        } else if (inactiveCustomers.contains(user.customerId())) {
            key = "admin.user.customer-inactive";
            style = "status-inactive";
        } else if (user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant())) {
            return badge(getTranslation("admin.user.locked", TimeText.format(user.lockedUntil(), getLocale())),
                    "status-missed");
        } else if (user.mustChangePassword()) {
            key = "admin.user.temporary-password";
            style = "status-active";
        } else if (user.invited()) {
            key = "admin.user.invited-status";
            style = "status-active";
        } else {
            key = "admin.active";
            style = "status-achieved";
        }
        return badge(getTranslation(key), style);
    }

    private static Span badge(String text, String style) {
        var badge = new Span(text);
        badge.addClassNames("badge", style);
        return badge;
    }

    NewUserDialog openNew() {
        var active = new LinkedHashMap<>(customerNames);
        active.keySet().removeAll(inactiveCustomers);
        var dialog = new NewUserDialog(active, admin::create, this::render,
                mailed ? "admin.user.invited" : "admin.user.invited.held");
        dialog.open();
        return dialog;
    }

    UserDialog openEdit(UserRow user) {
        var self = user.id() == currentUser.require().id();
        var dialog = new UserDialog(user, user.customerId() == null ? null : customerNames.get(user.customerId()),
                self, admin, this::render, mailed ? "admin.user.link-sent" : "admin.user.link-sent.held");
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + " · " + getTranslation("app.name");
    }
}
