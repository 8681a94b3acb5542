package no.ambisjon.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.ui.EmptyState;
import no.ambisjon.customer.CustomerAdminService;
import no.ambisjon.customer.CustomerForm;
import no.ambisjon.customer.CustomerRow;
import no.ambisjon.security.Role;
import org.springframework.modulith.NamedInterface;

/** Administration: every customer, active or not, with its address and consultants. */
@NamedInterface("pages")
@Route("admin/customers")
@RolesAllowed(Role.Name.ADMIN)
@Menu(order = 10, icon = "vaadin:building-o", title = "nav.admin.customers")
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerAdminService customers;
    private final Grid<CustomerRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final PageHeader header;

    CustomersView(CustomerAdminService customers) {
        this.customers = customers;
        addClassNames("admin-view", "customers-admin");
        var create = ListControls.createButton(getTranslation("admin.customer.new"),
                getTranslation("admin.customer.new.shortcut"), "new-customer", e -> openNew());
        ListControls.search(search, getTranslation("admin.customer.search"), "customer-search",
                () -> grid.getListDataView().refreshAll());

        grid.addComponentColumn(this::name).setHeader(getTranslation("admin.customer.name")).setFlexGrow(3)
                .setKey("name");
        grid.addComponentColumn(this::address).setHeader(getTranslation("admin.customer.slug")).setFlexGrow(2);
        grid.addComponentColumn(this::consultants).setHeader(getTranslation("admin.customer.consultants"))
                .setFlexGrow(3).setKey("consultants");
        grid.addComponentColumn(this::status).setHeader(getTranslation("admin.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("status");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> openEdit(e.getItem()));
        grid.setAllRowsVisible(true);
        grid.setId("customers");

        header = new PageHeader(getTranslation("admin.customers.title"), getTranslation("admin.customers.intro"), create);
        render();
    }

    private void render() {
        var rows = customers.customers();
        removeAll();
        add(header);
        if (rows.isEmpty()) {
            add(new EmptyState(VaadinIcon.BUILDING_O, getTranslation("admin.customers.empty.title"),
                    getTranslation("admin.customers.empty.next-step")));
            return;
        }
        add(search, grid);
        grid.setItems(rows).setFilter(this::matches);
    }

    private boolean matches(CustomerRow row) {
        var text = search.getValue().strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(text) || row.slug().contains(text)
                || row.shortNames().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(text))
                || row.consultants().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(text));
    }

    private Component name(CustomerRow row) {
        var name = new Span(row.name());
        name.addClassName("admin-primary");
        var cell = new Div(name);
        if (!row.shortNames().isEmpty()) {
            var shortNames = new Span(String.join(", ", row.shortNames()));
            shortNames.addClassName("secondary-text");
            cell.add(shortNames);
        }
        cell.addClassName("admin-name-cell");
        return cell;
    }

    private Component address(CustomerRow row) {
        var address = new Span("/customers/" + row.slug());
        address.addClassName("secondary-text");
        return address;
    }

    private Component consultants(CustomerRow row) {
        if (row.consultants().isEmpty()) {
            var none = new Span(getTranslation("admin.customer.no-consultants"));
            none.addClassName("secondary-text");
            return none;
        }
        return new Span(String.join(", ", row.consultants()));
    }

    private Component status(CustomerRow row) {
        var badge = new Span(getTranslation(row.active() ? "admin.active" : "admin.inactive"));
        badge.addClassNames("badge", row.active() ? "status-achieved" : "status-inactive");
        return badge;
    }

    private Component actions(CustomerRow row) {
        var edit = new Button(VaadinIcon.EDIT.create(), e -> openEdit(row));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("admin.customer.edit", row.name()));
        edit.setTooltipText(getTranslation("admin.customer.edit", row.name()));
        edit.setId("edit-" + row.slug());
        var toggle = new Button(getTranslation(row.active() ? "admin.deactivate" : "admin.activate"),
                e -> confirmActive(row));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (row.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setId((row.active() ? "deactivate-" : "activate-") + row.slug());
        var cell = new Div(edit, toggle);
        cell.addClassName("admin-actions");
        return cell;
    }

    CustomerDialog openNew() {
        var dialog = new CustomerDialog(getTranslation("admin.customer.new"), new CustomerForm(), true,
                customers.consultants(), customers::create, this::render);
        dialog.open();
        return dialog;
    }

    CustomerDialog openEdit(CustomerRow row) {
        var dialog = new CustomerDialog(getTranslation("admin.customer.edit", row.name()), CustomerForm.of(row), false,
                customers.consultants(), form -> customers.update(row.id(), row.version(), form), this::render);
        dialog.open();
        return dialog;
    }

    private void confirmActive(CustomerRow row) {
        var activate = !row.active();
        var dialog = new ConfirmDialog(
                getTranslation(activate ? "admin.customer.activate.title" : "admin.customer.deactivate.title", row.name()),
                getTranslation(activate ? "admin.customer.activate.text" : "admin.customer.deactivate.text", row.name()),
                getTranslation(activate ? "admin.activate" : "admin.deactivate"), e -> {
                    try {
                        customers.setActive(row.id(), row.version(), activate);
                        notify(getTranslation(activate ? "admin.customer.activated" : "admin.customer.deactivated",
                                row.name()), NotificationVariant.LUMO_SUCCESS);
                    } catch (ConcurrentEditException ex) {
                        notify(getTranslation("admin.conflict"), NotificationVariant.LUMO_ERROR);
                    }
                    render();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        if (!activate) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.setId("confirm-active");
        dialog.open();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.customers.title") + " · " + getTranslation("app.name");
    }
}
