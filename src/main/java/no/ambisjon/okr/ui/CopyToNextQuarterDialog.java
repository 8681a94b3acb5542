package no.ambisjon.okr.ui;

import no.ambisjon.okr.Grades;
import no.ambisjon.okr.PeriodWords;
import no.ambisjon.okr.KeyResultLine;
import java.util.stream.Stream;
import java.util.Optional;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import no.ambisjon.okr.ObjectiveCard;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.QuarterPlan;

/**
 * Carries chosen objectives and their key results over to the next quarter, values back at their
 * starts. The objectives that were missed come first, marked.
 */
class CopyToNextQuarterDialog extends Dialog {

    final CheckboxGroup<ObjectiveCard> choice = new CheckboxGroup<>();

    CopyToNextQuarterDialog(QuarterPlan plan, String nextLabel, ObjectiveService objectives, SerializableConsumer<Quarter> show) {
        setHeaderTitle(getTranslation("copy.title", nextLabel));
        add(new Paragraph(getTranslation("copy.text")));
        // The missed objectives first: they are the ones most often carried on.
        choice.setItems(plan.objectives().stream()
                .sorted(java.util.Comparator.comparing((ObjectiveCard o) -> !o.missed())).toList());
        var format = ValueFormat.of(this);
        choice.setItemLabelGenerator(o -> withPeriod(o, !o.missed() ? o.title() : o.grade() == null
                ? getTranslation("copy.missed", o.title(), format.share(o.progress()))
                : getTranslation("copy.missed.graded", o.title(),
                        getTranslation("outcome." + Grades.outcome(o.grade()).name()).toLowerCase(getLocale()),
                        format.grade(o.grade()))));
        choice.setValue(java.util.Set.copyOf(plan.objectives()));
        choice.setId("copy-choice");
        choice.addThemeName("vertical");
        add(choice);
        var copy = new Button(getTranslation("copy.confirm"), e -> {
            if (choice.getValue().isEmpty()) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("copy.none-chosen"));
                return;
            }
            var chosen = plan.objectives().stream().filter(choice.getValue()::contains).map(ObjectiveCard::id).toList();
            objectives.copyToNextQuarter(chosen);
            close();
            Notification.show(getTranslation("copy.done", chosen.size(), nextLabel), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show.accept(plan.quarter().next());
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.setId("copy-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), copy);
    }

    /** A title (of the objective or one of its key results) that names a period of its own is marked for review. */
    private String withPeriod(ObjectiveCard objective, String label) {
        return Stream.concat(Stream.of(objective.title()), objective.keyResults().stream().map(KeyResultLine::title))
                .map(PeriodWords::in).flatMap(Optional::stream).findFirst()
                .map(word -> getTranslation("copy.period", label, word)).orElse(label);
    }
}
