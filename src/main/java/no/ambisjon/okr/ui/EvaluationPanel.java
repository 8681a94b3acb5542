package no.ambisjon.okr.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ambisjon.base.ui.DecimalField;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.okr.Evaluation;
import no.ambisjon.okr.Evaluation.Given;
import no.ambisjon.okr.EvaluationService;
import no.ambisjon.okr.Grades;
import no.ambisjon.okr.KeyResultId;
import no.ambisjon.okr.ObjectiveId;

/**
 * The end of the quarter on an objective's page: the closed evaluation for everyone to read, or,
 * for an editor in the quarter's last two weeks and after, the form to grade each key result and
 * write the retrospective. The form is built once: what an editor types stays while others work.
 */
class EvaluationPanel extends Div {

    private final EvaluationService evaluations;
    private final ObjectiveId objective;
    private final boolean mayEdit;
    private final Runnable saved;
    private final Map<KeyResultId, DecimalField> grades = new LinkedHashMap<>();
    private final Map<KeyResultId, TextField> reasons = new LinkedHashMap<>();
    private final TextArea worked = new TextArea();
    private final TextArea changeNext = new TextArea();
    private Evaluation shown;

    EvaluationPanel(EvaluationService evaluations, ObjectiveId objective, boolean mayEdit, Runnable saved) {
        this.evaluations = evaluations;
        this.objective = objective;
        this.mayEdit = mayEdit;
        this.saved = saved;
        addClassName("evaluation");
        setId("evaluation");
    }

    /** Shows the evaluation as it is now; an open form keeps what is being typed. */
    void show(Evaluation evaluation) {
        var before = shown;
        shown = evaluation;
        if (before != null && !evaluation.closed() && !before.closed() && before.open() == evaluation.open()) {
            if (!grades.isEmpty()) {
                follow(before, evaluation);
            }
            return;
        }
        removeAll();
        grades.clear();
        reasons.clear();
        if (evaluation.closed()) {
            closed(evaluation);
        } else if (evaluation.open() && mayEdit) {
            form(evaluation);
        }
        setVisible(getComponentCount() > 0);
    }

    private void closed(Evaluation evaluation) {
        var format = ValueFormat.of(this);
        var grade = new Span(getTranslation("evaluation.grade.outcome", format.grade(evaluation.grade()),
                getTranslation("outcome." + Grades.outcome(evaluation.grade()).name()).toLowerCase(getLocale())));
        grade.addClassNames("evaluation-grade", Grades.outcomeClass(evaluation.grade()));
        grade.setId("evaluation-grade");
        add(new H2(getTranslation("evaluation.title")), grade);
        evaluation.grades().forEach(kr -> {
            var line = new Div(new Span(kr.title()), new Span(format.grade(kr.grade())));
            line.addClassName("evaluation-line");
            if (kr.adjusted()) {
                var why = new Span(getTranslation("evaluation.adjusted", format.grade(kr.suggested()), kr.reason()));
                why.addClassName("secondary-text");
                line.add(why);
            }
            add(line);
        });
        retrospective("evaluation.worked", evaluation.worked());
        retrospective("evaluation.change-next", evaluation.changeNext());
        var by = new Paragraph(getTranslation("evaluation.closed-by", evaluation.closedBy(),
                TimeText.format(evaluation.closedAt(), getLocale())));
        by.addClassName("secondary-text");
        add(by);
    }

    private void retrospective(String key, String text) {
        if (text != null) {
            add(new Paragraph(getTranslation(key) + ": " + text));
        }
    }

    private void form(Evaluation evaluation) {
        var format = ValueFormat.of(this);
        add(new H2(getTranslation("evaluation.title")), new Paragraph(getTranslation("evaluation.intro")));
        evaluation.grades().forEach(kr -> add(line(kr, format)));
        worked.setLabel(getTranslation("evaluation.worked"));
        worked.setValue(evaluation.worked() == null ? "" : evaluation.worked());
        worked.setMaxLength(2000);
        worked.setId("evaluation-worked");
        changeNext.setLabel(getTranslation("evaluation.change-next"));
        changeNext.setValue(evaluation.changeNext() == null ? "" : evaluation.changeNext());
        changeNext.setMaxLength(2000);
        changeNext.setId("evaluation-change-next");
        var save = new Button(getTranslation("evaluation.save"), e -> {
            if (valid()) {
                evaluations.save(objective, shown.version(), input());
                Notification.show(getTranslation("evaluation.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.run();
            }
        });
        save.setId("evaluation-save");
        var close = new Button(getTranslation("evaluation.close"), e -> {
            if (valid()) {
                var confirm = new ConfirmDialog(getTranslation("evaluation.close.title"),
                        getTranslation("evaluation.close.text"), getTranslation("evaluation.close"), ok -> {
                            evaluations.close(objective, shown.version(), input());
                            saved.run();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            }
        });
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("evaluation-close");
        var buttons = new Div(save, close);
        buttons.addClassName("evaluation-buttons");
        add(worked, changeNext, buttons);
    }

    private Div line(Evaluation.KeyResultGrade kr, ValueFormat format) {
        var grade = new DecimalField("evaluation-grade-" + kr.keyResult().value());
        grade.setLabel(kr.title());
        grade.setValue(kr.grade());
        grade.setHelperText(suggestion(kr, format));
        grade.addClassName("evaluation-grade-field");
        grade.addValueChangeListener(e -> grade.setInvalid(false));
        var reason = new TextField(getTranslation("evaluation.reason"));
        reason.setValue(kr.reason() == null ? "" : kr.reason());
        reason.setMaxLength(500);
        reason.addClassName("evaluation-reason");
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        grades.put(kr.keyResult(), grade);
        reasons.put(kr.keyResult(), reason);
        var line = new Div(grade, reason);
        line.addClassName("evaluation-form-line");
        line.getElement().setAttribute("data-key-result", String.valueOf(kr.keyResult().value()));
        return line;
    }

    private String suggestion(Evaluation.KeyResultGrade kr, ValueFormat format) {
        return getTranslation("evaluation.suggested", format.grade(kr.suggested()), format.share(kr.progress()));
    }

    /**
     * The form as the key results are now, in place: new suggestions (a check-in moved the progress),
     * key results added and archived. A grade nobody has changed from its suggestion follows the new
     * one; what someone typed stays.
     */
    private void follow(Evaluation before, Evaluation now) {
        var format = ValueFormat.of(this);
        var was = new LinkedHashMap<KeyResultId, Evaluation.KeyResultGrade>();
        before.grades().forEach(kr -> was.put(kr.keyResult(), kr));
        for (var kr : now.grades()) {
            var field = grades.get(kr.keyResult());
            if (field == null) {
                addComponentAtIndex(indexOf(worked), line(kr, format));
                continue;
            }
            field.setLabel(kr.title());
            field.setHelperText(suggestion(kr, format));
            var earlier = was.get(kr.keyResult());
            if (earlier != null && field.getValue() != null && field.getValue().compareTo(earlier.suggested()) == 0) {
                field.setValue(kr.suggested());
            }
        }
        var kept = now.grades().stream().map(Evaluation.KeyResultGrade::keyResult).toList();
        for (var gone : grades.keySet().stream().filter(id -> !kept.contains(id)).toList()) {
            grades.remove(gone).getParent().ifPresent(this::remove);
            reasons.remove(gone);
        }
    }

    /** Marks every field that would be refused, at the field, and keeps everything typed. */
    private boolean valid() {
        var ok = true;
        for (var kr : shown.grades()) {
            var grade = grades.get(kr.keyResult());
            var reason = reasons.get(kr.keyResult());
            if (!Grades.valid(grade.getValue())) {
                grade.setErrorMessage(getTranslation(grade.problem() == null ? "evaluation.grade.invalid" : grade.problem(),
                        DecimalField.format(new java.math.BigDecimal("0.7"), getLocale())));
                grade.setInvalid(true);
                ok = false;
            } else if (grade.getValue().compareTo(kr.suggested()) != 0 && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("evaluation.reason.required",
                        ValueFormat.of(this).grade(kr.suggested())));
                reason.setInvalid(true);
                ok = false;
            }
        }
        return ok;
    }

    private Evaluation.Input input() {
        var given = new LinkedHashMap<KeyResultId, Given>();
        grades.forEach((kr, field) -> given.put(kr, new Given(field.getValue(), reasons.get(kr).getValue())));
        return new Evaluation.Input(given, worked.getValue(), changeNext.getValue());
    }
}
