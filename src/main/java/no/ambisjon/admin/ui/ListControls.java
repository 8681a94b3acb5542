package no.ambisjon.admin.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;

/** The controls every administration list has: "new …" on Alt+N, and a search that filters as you type. */
final class ListControls {

    private ListControls() {
    }

    static Button createButton(String text, String shortcutHelp, String id, ComponentEventListener<ClickEvent<Button>> action) {
        var create = new Button(text, VaadinIcon.PLUS.create(), action);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId(id);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setTooltipText(shortcutHelp);
        return create;
    }

    static void search(TextField search, String placeholder, String id, SerializableRunnable onChange) {
        search.setPlaceholder(placeholder);
        search.setAriaLabel(placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setId(id);
        search.addValueChangeListener(e -> onChange.run());
    }
}
