package no.ambisjon.meeting.ui;

import no.ambisjon.base.ui.LocalisedDatePicker;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.ambisjon.base.ui.DateFields;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.base.ui.KeyedRows;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.meeting.ActionEntry;
import no.ambisjon.okr.ui.OkrWidgets;

/**
 * Action items: who does what by when. While the meeting runs they are ticked off here, and a new
 * one is written in a form that others' changes leave alone.
 */
class ActionList extends Div {

    /** What the list does while the user may run the meeting. */
    interface Commands extends Serializable {
        void done(long actionId, boolean done);

        void add(String text, String owner, LocalDate due);
    }

    private final Span none = new Span();
    private final KeyedRows<ActionEntry, Component> actions;
    private final Commands commands;
    private final LocalDate today;

    /**
     * @param commands   {@code null} to read only
     * @param withForm   whether new action items are written here
     * @param today      what a due date is measured against
     */
    ActionList(String headingKey, Commands commands, boolean withForm, LocalDate today) {
        this.commands = commands;
        this.today = today;
        addClassName("meeting-actions");
        none.setText(getTranslation("meeting.actions.none"));
        none.addClassName("secondary-text");
        var list = new Div(none);
        actions = new KeyedRows<>(list, ActionEntry::id, this::row, this::update);
        add(new H2(getTranslation(headingKey)), list);
        if (withForm && commands != null) {
            add(form());
        }
    }

    void show(List<ActionEntry> entries) {
        actions.show(entries);
        none.setVisible(entries.isEmpty());
    }

    private Component row(ActionEntry action) {
        if (commands == null) {
            var item = new Paragraph(readOnly(action));
            item.addClassName("action-item");
            return item;
        }
        return new ActionCheck(action);
    }

    private void update(Component row, ActionEntry action) {
        if (row instanceof ActionCheck check) {
            check.show(action);
        } else if (row instanceof Paragraph item) {
            InPlace.text(item, readOnly(action));
        }
    }

    /** An action item to read, not to tick off: whether it is done says so in words, as in the PDF. */
    private String readOnly(ActionEntry action) {
        return label(action) + " · " + getTranslation(action.done() ? "meeting.action.status.done" : "meeting.action.status.open");
    }

    private String label(ActionEntry action) {
        var format = new OkrWidgets(this).format();
        return action.text() + (action.owner() == null ? "" : " · " + action.owner())
                + (action.due() == null ? "" : " · " + getTranslation("meeting.action.due",
                format.date(action.due().atStartOfDay(TimeText.ZONE).toInstant())));
    }

    private Div form() {
        var text = new TextField();
        text.setPlaceholder(getTranslation("meeting.action.new"));
        text.setAriaLabel(getTranslation("meeting.action.new"));
        text.setId("action-text");
        text.setMaxLength(ActionEntry.MAX_TEXT);
        var owner = new TextField();
        owner.setPlaceholder(getTranslation("meeting.action.owner"));
        owner.setAriaLabel(getTranslation("meeting.action.owner"));
        owner.setId("action-owner");
        owner.setMaxLength(ActionEntry.MAX_OWNER);
        var due = new LocalisedDatePicker();
        due.setPlaceholder(getTranslation("meeting.action.due-date"));
        due.setAriaLabel(getTranslation("meeting.action.due-date"));
        due.setId("action-due");
        due.setLocale(getLocale());
        DateFields.within(due, today.minusYears(1).withDayOfYear(1), today.plusYears(5));
        var add = new Button(getTranslation("meeting.action.add"), e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("validation.required.plain"));
                return;
            }
            if (!DateFields.accepted(due)) {
                return;
            }
            commands.add(text.getValue(), owner.getValue(), due.getValue());
            text.clear();
            owner.clear();
            due.clear();
            Notification.show(getTranslation("meeting.action.added"), 2000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        add.setId("action-add");
        add.addClickShortcut(Key.ENTER).listenOn(text, owner);
        var form = new Div(text, owner, due, add);
        form.addClassName("action-form");
        return form;
    }

    /** An action to tick off: only a tick that differs from what the server says is the user's. */
    private final class ActionCheck extends Checkbox {

        private boolean serverDone;

        ActionCheck(ActionEntry action) {
            super(label(action), action.done());
            serverDone = action.done();
            addClassName("action-item");
            addValueChangeListener(e -> {
                if (e.getValue() != serverDone) {
                    serverDone = e.getValue();
                    commands.done(action.id(), e.getValue());
                }
            });
        }

        void show(ActionEntry action) {
            setLabel(label(action));
            serverDone = action.done();
            setValue(action.done());
        }
    }
}
