package no.ambisjon.okr.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.Consumer;
import no.ambisjon.okr.ObjectiveForm;
import no.ambisjon.okr.ObjectiveStatus;

class ObjectiveDialog extends FormDialog<ObjectiveForm> {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextField owner = new TextField();
    final Select<ObjectiveStatus> status = new Select<>();

    ObjectiveDialog(String heading, ObjectiveForm form, Consumer<ObjectiveForm> save, Runnable onSaved) {
        super(ObjectiveForm.class, form, heading, save, onSaved, "objective.saved");
        title.setLabel(getTranslation("objective.title"));
        title.setHelperText(getTranslation("objective.title.help"));
        title.setId("objective-title");
        title.setWidthFull();
        description.setLabel(getTranslation("objective.description"));
        description.setHelperText(getTranslation("objective.description.help"));
        description.setId("objective-description");
        owner.setLabel(getTranslation("objective.owner"));
        owner.setId("objective-owner");
        status.setLabel(getTranslation("objective.status"));
        status.setItems(ObjectiveStatus.DRAFT, ObjectiveStatus.ACTIVE, ObjectiveStatus.ACHIEVED, ObjectiveStatus.MISSED);
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setId("objective-status");

        binder.forField(title).bind("title");
        binder.forField(description).bind("description");
        binder.forField(owner).bind("owner");
        binder.forField(status).bind("status");

        var layout = new FormLayout(title, description, owner, status);
        layout.setColspan(title, 2);
        layout.setColspan(description, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(layout);
        setWidth("min(44rem, 96vw)");
        load();
        title.focus();
    }
}
