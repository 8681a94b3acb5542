package no.ambisjon.okr.ui;

import no.ambisjon.base.ui.FormDialog;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.ambisjon.security.Person;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.EnumSet;
import com.vaadin.flow.function.SerializableConsumer;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.Coach;
import no.ambisjon.coach.Finding;
import no.ambisjon.okr.Confirmation;
import no.ambisjon.okr.ObjectiveCoach;
import no.ambisjon.okr.ObjectiveForm;
import no.ambisjon.okr.ObjectiveStatus;

/** Creates or changes an objective, with the guide's coach beside it, updated as the user types. */
class ObjectiveDialog extends FormDialog<ObjectiveForm> {

    /** The confirm questions a new title asks again: they were answered about the old one. */
    private static final EnumSet<CheckId> ABOUT_THE_TITLE = EnumSet.of(CheckId.O2, CheckId.O3, CheckId.O4, CheckId.O5);

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final OwnerPicker owner;
    final Select<ObjectiveStatus> status = new Select<>();
    final CoachPanel coachPanel;
    private final CoachContext context;

    ObjectiveDialog(String heading, ObjectiveForm form, CoachContext context, List<Person> people,
                    SerializableConsumer<ObjectiveForm> save,
                    SerializableRunnable onSaved) {
        super(ObjectiveForm.class, form, heading, save, onSaved, "objective.saved");
        owner = new OwnerPicker(getTranslation("objective.owner"), people, false);
        this.context = context;
        title.setLabel(getTranslation("objective.title"));
        title.setHelperText(getTranslation("objective.title.help"));
        title.setId("objective-title");
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(250);
        description.setLabel(getTranslation("objective.description"));
        description.setHelperText(getTranslation("objective.description.help"));
        description.setId("objective-description");
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
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        layout.addClassName("objective-form");

        coachPanel = new CoachPanel((check, yes) -> {
            if (yes) {
                bean().getConfirmed().add(check);
            } else {
                bean().getConfirmed().remove(check);
            }
            refreshCoach();
        }, null);
        var columns = new Div(layout, coachPanel);
        columns.addClassName("editor-with-coach");
        add(columns);
        setWidth("min(68rem, 98vw)");
        load();
        title.addValueChangeListener(e -> {
            if (Coach.materiallyDifferent(e.getValue(), e.getOldValue())) {
                bean().getConfirmed().removeAll(ABOUT_THE_TITLE);
            }
            refreshCoach();
        });
        refreshCoach();
        title.focus();
    }

    private List<Finding> findings() {
        return context.coach().review(ObjectiveCoach.input(title.getValue(), context.customer(), context.quarter(),
                context.today(), context.keyResults(), bean().getConfirmed(), context.evaluated()));
    }

    private void refreshCoach() {
        var confirmed = bean().getConfirmed();
        var stillConfirmed = new EnumMap<CheckId, Confirmation>(CheckId.class);
        stillConfirmed.putAll(context.confirmations());
        stillConfirmed.keySet().retainAll(confirmed);
        coachPanel.show(findings(), stillConfirmed);
    }

    /** Activating with open questions asks first; a draft is never held back. */
    @Override
    protected void trySave() {
        var score = Coach.score(findings());
        if (status.getValue() == ObjectiveStatus.ACTIVE && context.savedStatus() != ObjectiveStatus.ACTIVE
                && !score.complete()) {
            var ask = new ConfirmDialog(getTranslation("coach.activate.title"),
                    getTranslation("coach.activate.text", score.total() - score.passed(), score.total()),
                    getTranslation("coach.activate.confirm"), e -> super.trySave());
            ask.setCancelable(true);
            ask.setCancelText(getTranslation("coach.activate.cancel"));
            ask.setId("activate-anyway");
            ask.open();
            return;
        }
        super.trySave();
    }
}
