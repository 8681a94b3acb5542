package no.ambisjon.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Map;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.base.ui.FormDialog;
import no.ambisjon.security.NewUser;
import no.ambisjon.security.Role;
import no.ambisjon.security.UsernameTakenException;

/** A new user: agency staff, or a login for one customer with the customer's role. */
class NewUserDialog extends FormDialog<NewUser> {

    final EmailField username = new EmailField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<Long> customer = new ComboBox<>();
    final Select<Language> language = new Select<>();

    /**
     * @param customers the active customers a login may belong to, by id, with their names
     * @param create    creates the user, who is mailed a link to set a password
     * @param createdKey what the admin is told then: where the invitation went
     */
    NewUserDialog(Map<Long, String> customers, SerializableConsumer<NewUser> create, SerializableRunnable onCreated,
                  String createdKey) {
        super(NewUser.class, new NewUser(), "", create, onCreated, createdKey);
        setHeaderTitle(getTranslation("admin.user.new"));
        username.setLabel(getTranslation("admin.user.username"));
        username.setHelperText(getTranslation("admin.user.username.help"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("admin.user.name"));
        displayName.setId("user-display-name");
        role.setLabel(getTranslation("admin.user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("admin.role-with-kind." + r.name()));
        role.setId("user-role-field");
        customer.setLabel(getTranslation("admin.user.customer"));
        customer.setHelperText(getTranslation("admin.user.customer.help"));
        customer.setItems(customers.keySet());
        customer.setItemLabelGenerator(customers::get);
        customer.setId("user-customer");
        language.setLabel(getTranslation("admin.user.language"));
        language.setHelperText(getTranslation("admin.user.language.help"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        language.setId("user-language");

        binder.forField(username).bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(role).bind("role");
        binder.forField(customer)
                .withValidator(id -> role.getValue() == null || role.getValue().isAgencyStaff() || id != null,
                        getTranslation("admin.user.customer.required"))
                .bind("customerId");
        binder.forField(language).bind("language");

        var layout = new FormLayout(username, displayName, role, customer, language);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
        setWidth("min(30rem, 98vw)");
        load();
        role.addValueChangeListener(e -> showCustomer());
        showCustomer();
        username.focus();
    }

    private void showCustomer() {
        var forCustomer = role.getValue() != null && role.getValue().isCustomerLogin();
        customer.setVisible(forCustomer);
        if (!forCustomer) {
            customer.clear();
        }
    }

    @Override
    protected boolean explainedAtField(RuntimeException e) {
        if (e instanceof UsernameTakenException) {
            invalid(username, "admin.user.username.taken");
            username.focus();
            return true;
        }
        return false;
    }
}
