package no.ambisjon.okr.ui;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import no.ambisjon.security.Person;
import java.io.Serializable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import no.ambisjon.base.ConcurrentEditException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ambisjon.coach.CheckId;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.KeyResultForm;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.ObjectiveCard;
import no.ambisjon.okr.KeyResultTemplate;
import no.ambisjon.okr.ObjectiveCoach;
import no.ambisjon.okr.ObjectiveForm;
import no.ambisjon.okr.ObjectiveStatus;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.Quarter;

/** The editing a page offers to users who may edit: each opens a dialog and refreshes the page after. */
class OkrActions implements Serializable {

    private final Component page;
    private final ObjectiveService objectives;
    private final KeyResultService keyResults;
    private final ObjectiveCoach coach;
    private final CustomerSummary customer;
    private final LocalDate today;
    private final SerializableRunnable refresh;
    private final SerializableSupplier<List<Person>> people;

    /** @param people the active people who may own the customer's objectives and key results, asked when a dialog opens */
    OkrActions(Component page, ObjectiveService objectives, KeyResultService keyResults, ObjectiveCoach coach,
               CustomerSummary customer, LocalDate today, SerializableRunnable refresh,
               SerializableSupplier<List<Person>> people) {
        this.people = people;
        this.page = page;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.coach = coach;
        this.customer = customer;
        this.today = today;
        this.refresh = refresh;
    }

    private String t(String key, Object... params) {
        return page.getTranslation(key, params);
    }

    ObjectiveDialog newObjective(Quarter quarter) {
        var context = new CoachContext(coach, customer, quarter, today, List.of(), Map.of(), ObjectiveStatus.DRAFT,
                false);
        var dialog = new ObjectiveDialog(t("objective.new"), new ObjectiveForm(), context, people.get(),
                form -> objectives.create(customer.id(), quarter, form), refresh);
        dialog.open();
        return dialog;
    }

    ObjectiveDialog editObjective(ObjectiveCard card) {
        var context = new CoachContext(coach, customer, card.quarter(), today, ObjectiveCoach.facts(card.keyResults()),
                card.confirmations(), card.status(), card.grade() != null);
        var dialog = new ObjectiveDialog(t("objective.edit"), card.toForm(), context, people.get(),
                form -> objectives.update(card.id(), card.version(), form), refresh);
        dialog.open();
        return dialog;
    }

    void answer(ObjectiveCard card, CheckId check, boolean yes) {
        objectives.confirm(card.id(), check, yes);
        refresh.run();
    }

    void archiveObjective(ObjectiveCard card) {
        confirm(t("objective.archive.title"), t("objective.archive.text", card.title()),
                () -> objectives.archive(card.id(), card.version()), "objective.archived");
    }

    KeyResultDialog addKeyResult(ObjectiveCard card) {
        var dialog = new KeyResultDialog(t("key-result.new"), new KeyResultForm(), true, people.get(),
                form -> keyResults.add(card.id(), form), refresh);
        dialog.open();
        return dialog;
    }

    /** A key result from one of the guide's examples, filled in and waiting for its numbers. */
    KeyResultDialog addKeyResult(ObjectiveCard card, KeyResultTemplate template) {
        var form = KeyResultForm.from(template, t(template.titleKey()), t(template.unitKey()));
        var dialog = new KeyResultDialog(t("key-result.new"), form, false, people.get(),
                f -> keyResults.add(card.id(), f), refresh);
        dialog.open();
        return dialog;
    }

    KeyResultDialog editKeyResult(KeyResultLine kr) {
        var dialog = new KeyResultDialog(t("key-result.edit"), kr.toForm(), false, people.get(),
                form -> keyResults.update(kr.id(), kr.version(), form), refresh);
        dialog.open();
        return dialog;
    }

    void archiveKeyResult(KeyResultLine kr) {
        confirm(t("key-result.archive.title"), t("key-result.archive.text", kr.title()),
                () -> keyResults.archive(kr.id(), kr.version()), "key-result.archived");
    }

    CheckInDialog checkIn(KeyResultLine kr) {
        var dialog = new CheckInDialog(kr, keyResults.checkInWindow(kr.id()), ValueFormat.of(page),
                form -> keyResults.checkIn(kr.id(), form), refresh);
        dialog.open();
        return dialog;
    }

    private void confirm(String title, String text, SerializableRunnable action, String doneKey) {
        var dialog = new ConfirmDialog(title, text, t("action.archive"), e -> {
            try {
                action.run();
                Notification.show(t(doneKey), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ConcurrentEditException ex) {
                Notification.show(t("form.conflict.archive"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh.run();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(t("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
