package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.base.ui.KeyedRows;
import no.ambisjon.meeting.DecisionEntry;

/** A meeting's decisions, oldest first, and while it runs a field for the next one, which others' changes leave alone. */
class DecisionList extends Div {

    private final Span none = new Span();
    private final KeyedRows<DecisionEntry, Paragraph> decisions;

    /** @param decide saves a decision; {@code null} when the user may not add one */
    DecisionList(SerializableConsumer<String> decide) {
        addClassName("meeting-decisions");
        setId("decisions");
        none.setText(getTranslation("meeting.decisions.none"));
        none.addClassName("secondary-text");
        var list = new Div(none);
        decisions = new KeyedRows<>(list, DecisionEntry::id, decision -> {
            var item = new Paragraph(decision.text());
            item.addClassName("decision");
            return item;
        }, (item, decision) -> InPlace.text(item, decision.text()));
        add(new H2(getTranslation("meeting.decisions")), list);
        if (decide != null) {
            var text = new TextField();
            text.setPlaceholder(getTranslation("meeting.decision.new"));
            text.setAriaLabel(getTranslation("meeting.decision.new"));
            text.setId("decision-text");
            text.setMaxLength(DecisionEntry.MAX_TEXT);
            text.setWidthFull();
            var add = new Button(getTranslation("meeting.decision.add"), e -> {
                if (text.getValue().isBlank()) {
                    text.setInvalid(true);
                    text.setErrorMessage(getTranslation("validation.required.plain"));
                    return;
                }
                decide.accept(text.getValue());
                text.clear();
                Notification.show(getTranslation("meeting.decision.added"), 2000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            add.setId("decision-add");
            add.addClickShortcut(Key.ENTER).listenOn(text);
            add(new Div(text, add));
        }
    }

    void show(List<DecisionEntry> entries) {
        decisions.show(entries);
        none.setVisible(entries.isEmpty());
    }
}
