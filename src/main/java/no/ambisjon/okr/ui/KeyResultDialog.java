package no.ambisjon.okr.ui;

import no.ambisjon.base.ui.FormDialog;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import no.ambisjon.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.ambisjon.security.Person;
import java.math.BigDecimal;
import com.vaadin.flow.function.SerializableConsumer;
import no.ambisjon.okr.Category;
import no.ambisjon.okr.Direction;
import no.ambisjon.okr.KeyResultForm;
import no.ambisjon.okr.KeyResultTemplate;
import no.ambisjon.okr.Measure;

/** Creates or changes a key result; a new one can start from one of the guide's examples. */
class KeyResultDialog extends FormDialog<KeyResultForm> {

    final ComboBox<KeyResultTemplate> template = new ComboBox<>();
    final TextField title = new TextField();
    final Select<Category> category = new Select<>();
    final Select<Measure> measure = new Select<>();
    final DecimalField start = new DecimalField("key-result-start");
    final DecimalField target = new DecimalField("key-result-target");
    final TextField unit = new TextField();
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>();
    final OwnerPicker owner;

    KeyResultDialog(String heading, KeyResultForm form, boolean isNew, List<Person> people, SerializableConsumer<KeyResultForm> save, SerializableRunnable onSaved) {
        super(KeyResultForm.class, form, heading, save, onSaved, "key-result.saved");
        owner = new OwnerPicker(getTranslation("key-result.owner"), people, false);
        template.setLabel(getTranslation("key-result.template"));
        template.setHelperText(getTranslation("key-result.template.help"));
        template.setItems(KeyResultTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation("category." + t.category().name()) + ": "
                + getTranslation(t.titleKey()));
        template.setId("key-result-template");
        template.setVisible(isNew);
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                useTemplate(e.getValue());
            }
        });

        title.setLabel(getTranslation("key-result.title"));
        title.setHelperText(getTranslation("key-result.title.help"));
        title.setId("key-result-title");
        category.setLabel(getTranslation("key-result.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        category.setId("key-result-category");
        measure.setLabel(getTranslation("key-result.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> getTranslation("measure." + m.name()));
        measure.setId("key-result-measure");
        measure.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        start.setLabel(getTranslation("key-result.start"));
        target.setLabel(getTranslation("key-result.target"));
        // Lower is better when the target is below the start: set the direction as the user types.
        start.addValueChangeListener(e -> guessDirection());
        target.addValueChangeListener(e -> guessDirection());
        unit.setLabel(getTranslation("key-result.unit"));
        unit.setHelperText(getTranslation("key-result.unit.help"));
        unit.setId("key-result-unit");
        direction.setLabel(getTranslation("key-result.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("direction." + d.name()));
        direction.setId("key-result-direction");
        owner.setId("key-result-owner");

        binder.forField(title).bind("title");
        binder.forField(category).bind("category");
        binder.forField(measure).bind("measure");
        binder.forField(start).bind("startValue");
        binder.forField(target).bind("targetValue");
        binder.forField(unit).bind("unit");
        binder.forField(direction).bind("direction");
        binder.forField(owner).bind("owner");

        var layout = new FormLayout(template, title, category, measure, start, target, unit, direction, owner);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.setColspan(template, 2);
        layout.setColspan(title, 2);
        add(layout);
        setWidth("min(44rem, 96vw)");
        load();
        showFieldsFor(form.getMeasure());
        (isNew ? template : title).focus();
    }

    private void useTemplate(KeyResultTemplate chosen) {
        title.setValue(getTranslation(chosen.titleKey()));
        category.setValue(chosen.category());
        measure.setValue(chosen.measure());
        unit.setValue(getTranslation(chosen.unitKey()));
        target.focus();
    }

    private void showFieldsFor(Measure chosen) {
        var yesNo = chosen == Measure.YES_NO;
        if (yesNo) {
            start.setValue(BigDecimal.ZERO);
            target.setValue(BigDecimal.ONE);
            direction.setValue(Direction.UP);
        }
        start.setVisible(!yesNo);
        target.setVisible(!yesNo);
        direction.setVisible(!yesNo);
        unit.setVisible(chosen == Measure.NUMBER);
    }

    private void guessDirection() {
        if (start.getValue() != null && target.getValue() != null) {
            var cmp = target.getValue().compareTo(start.getValue());
            if (cmp != 0) {
                direction.setValue(cmp < 0 ? Direction.DOWN : Direction.UP);
            }
        }
    }
}
