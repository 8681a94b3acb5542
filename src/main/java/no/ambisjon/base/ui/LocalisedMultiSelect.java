package no.ambisjon.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/**
 * A multi-select whose screen-reader messages ("lagt til i utvalget", "3 valgt") speak the
 * reader's language; Vaadin's own are English.
 */
public class LocalisedMultiSelect<T> extends MultiSelectComboBox<T> {

    public LocalisedMultiSelect() {
        setI18n(new MultiSelectComboBoxI18n()
                .setCleared(getTranslation("component.multi-select.cleared"))
                .setFocused(getTranslation("component.multi-select.focused"))
                .setSelected(getTranslation("component.multi-select.selected"))
                .setDeselected(getTranslation("component.multi-select.deselected"))
                .setTotal(getTranslation("component.multi-select.total", "{count}")));
    }

    public LocalisedMultiSelect(String label) {
        this();
        setLabel(label);
    }
}
