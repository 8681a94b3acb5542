package no.ambisjon.admin.ui;

import no.ambisjon.base.ui.LocalisedMultiSelect;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ambisjon.base.ui.FormDialog;
import no.ambisjon.customer.CustomerForm;
import no.ambisjon.customer.SlugTakenException;
import no.ambisjon.customer.Slugs;
import no.ambisjon.security.UserRow;

/** A customer's names, address and consultants. A new customer's address follows its name until edited. */
class CustomerDialog extends FormDialog<CustomerForm> {

    final TextField name = new TextField();
    final TextField slug = new TextField();
    final TextField shortNames = new TextField();
    final MultiSelectComboBox<Long> consultants = new LocalisedMultiSelect<>();
    private boolean slugFollowsName;

    CustomerDialog(String heading, CustomerForm form, boolean isNew, List<UserRow> candidates,
                   SerializableConsumer<CustomerForm> save, SerializableRunnable onSaved) {
        super(CustomerForm.class, form, heading, save, onSaved, "admin.customer.saved");
        slugFollowsName = isNew;
        name.setLabel(getTranslation("admin.customer.name"));
        name.setHelperText(getTranslation("admin.customer.name.help"));
        name.setId("customer-name-field");
        name.setValueChangeMode(ValueChangeMode.EAGER);
        slug.setLabel(getTranslation("admin.customer.slug"));
        slug.setHelperText(getTranslation("admin.customer.slug.help"));
        slug.setPrefixComponent(new Span("/customers/"));
        slug.setId("customer-slug");
        shortNames.setLabel(getTranslation("admin.customer.short-names"));
        shortNames.setHelperText(getTranslation("admin.customer.short-names.help"));
        shortNames.setId("customer-short-names");
        var byId = candidates.stream().collect(Collectors.toMap(UserRow::id, Function.identity()));
        consultants.setLabel(getTranslation("admin.customer.consultants"));
        consultants.setHelperText(getTranslation("admin.customer.consultants.help"));
        consultants.setItems(candidates.stream().map(UserRow::id).toList());
        consultants.setItemLabelGenerator(id -> label(byId, id));
        consultants.setId("customer-consultants");

        binder.forField(name).bind("name");
        binder.forField(slug).bind("slug");
        binder.forField(shortNames).bind("shortNames");
        binder.forField(consultants).bind("consultantIds");

        var layout = new FormLayout(name, slug, shortNames, consultants);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
        setWidth("min(34rem, 98vw)");
        load();
        name.addValueChangeListener(e -> {
            if (slugFollowsName) {
                slug.setValue(Slugs.from(e.getValue()));
            }
        });
        slug.addValueChangeListener(e -> slugFollowsName = e.getValue().equals(Slugs.from(name.getValue())));
        name.focus();
    }

    private String label(Map<Long, UserRow> byId, Long id) {
        var user = byId.get(id);
        return user.active() ? user.displayName()
                : getTranslation("admin.user.inactive-name", user.displayName());
    }

    @Override
    protected boolean explainedAtField(RuntimeException e) {
        if (e instanceof SlugTakenException) {
            invalid(slug, "admin.customer.slug.taken");
            slug.focus();
            return true;
        }
        return false;
    }
}
