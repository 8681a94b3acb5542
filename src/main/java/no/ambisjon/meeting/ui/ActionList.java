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
import no.ambisjon.base.ui.KeyedRows;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.meeting.ActionEntry;
import no.ambisjon.okr.ui.OkrWidgets;
import no.ambisjon.okr.ui.OwnerPicker;
import no.ambisjon.okr.ui.OwnerView;
import no.ambisjon.security.Owner;
import no.ambisjon.security.Person;

/**
 * Action items: who does what by when. While the meeting runs they are ticked off here, and a new
 * one is written in a form that others' changes leave alone.
 */
class ActionList extends Div {

    /** What the list does while the user may run the meeting. */
    interface Commands extends Serializable {
        void done(long actionId, boolean done);

        /** @param owner a person who may see the customer, a guest by name, or {@code null} */
        void add(String text, Owner owner, LocalDate due);
    }

    private final Span none = new Span();
    private final KeyedRows<ActionEntry, Component> actions;
    private final Commands commands;
    private final LocalDate today;
    private final List<Person> people;

    /**
     * @param people     who may do an action item (with a login), offered in the form
     * @param commands   {@code null} to read only
     * @param withForm   whether new action items are written here
     * @param today      what a due date is measured against
     */
    ActionList(String headingKey, Commands commands, boolean withForm, LocalDate today, List<Person> people) {
        this.commands = commands;
        this.people = people;
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
            var item = new Paragraph();
            item.addClassName("action-item");
            update(item, action);
            return item;
        }
        return new ActionRow(action);
    }

    private void update(Component row, ActionEntry action) {
        if (row instanceof ActionRow check) {
            check.show(action);
        } else if (row instanceof Paragraph item) {
            Markup.redraw(item.getElement(), avatar(action) + Markup.escape(readOnly(action)));
        }
    }

    /** Who does it, as a small avatar before the text that names them. */
    private static String avatar(ActionEntry action) {
        return action.owner() == null ? "" : "<vaadin-avatar theme=\"xsmall\" name=\"" + Markup.escape(action.owner().name())
                + "\" aria-hidden=\"true\"></vaadin-avatar>";
    }

    /** An action item to read, not to tick off: whether it is done says so in words, as in the PDF. */
    private String readOnly(ActionEntry action) {
        return label(action) + " · " + getTranslation(action.done() ? "meeting.action.status.done" : "meeting.action.status.open");
    }

    private String label(ActionEntry action) {
        var format = new OkrWidgets(this).format();
        return action.text() + (action.owner() == null ? "" : " · " + OwnerView.label(this, action.owner()))
                + (action.due() == null ? "" : " · " + getTranslation("meeting.action.due",
                format.date(action.due().atStartOfDay(TimeText.ZONE).toInstant())));
    }

    private Div form() {
        var text = new TextField();
        text.setPlaceholder(getTranslation("meeting.action.new"));
        text.setAriaLabel(getTranslation("meeting.action.new"));
        text.setId("action-text");
        text.setMaxLength(ActionEntry.MAX_TEXT);
        var owner = new OwnerPicker(null, people, true);
        owner.setPlaceholder(getTranslation("meeting.action.owner"));
        owner.setAriaLabel(getTranslation("meeting.action.owner"));
        owner.setHelperText(null);
        owner.setTooltipText(getTranslation("owner.guest.help"));
        owner.setId("action-owner");
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
            if (owner.getValue() != null && owner.getValue().name().length() > ActionEntry.MAX_OWNER) {
                owner.setInvalid(true);
                owner.setErrorMessage(getTranslation("validation.too-long.plain", ActionEntry.MAX_OWNER));
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
        add.addClickShortcut(Key.ENTER).listenOn(text);
        var form = new Div(text, owner, due, add);
        form.addClassName("action-form");
        return form;
    }

    /** An action to tick off: only a tick that differs from what the server says is the user's. */
    private final class ActionRow extends Div {

        private final Span avatar = new Span();
        private final Checkbox check;
        private boolean serverDone;

        ActionRow(ActionEntry action) {
            check = new Checkbox(label(action), action.done());
            serverDone = action.done();
            addClassName("action-item");
            avatar.addClassName("action-owner");
            Markup.redraw(avatar.getElement(), avatar(action));
            check.addValueChangeListener(e -> {
                if (e.getValue() != serverDone) {
                    serverDone = e.getValue();
                    commands.done(action.id(), e.getValue());
                }
            });
            add(avatar, check);
        }

        void show(ActionEntry action) {
            Markup.redraw(avatar.getElement(), avatar(action));
            check.setLabel(label(action));
            serverDone = action.done();
            check.setValue(action.done());
        }
    }
}
