package no.ambisjon.okr.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.Coach;
import no.ambisjon.coach.Finding;
import no.ambisjon.okr.Confirmation;
import no.ambisjon.okr.KeyResultTemplate;

/**
 * The OKR guide's control questions beside the editor: a score and one line per finding, with a
 * "yes" box for the questions only the user can answer and, for missing categories, the guide's
 * examples one click away. It advises; it never blocks.
 */
class CoachPanel extends Div {

    private final SerializableBiConsumer<CheckId, Boolean> onAnswer;
    private final SerializableConsumer<KeyResultTemplate> onTemplate;
    private final ValueFormat format;
    private List<Finding> shownFindings;
    private Map<CheckId, Confirmation> shownConfirmations;

    /**
     * @param onAnswer   called when the user ticks or clears a confirm question; null: read-only
     * @param onTemplate called when the user picks a suggested key result; null: no suggestions
     */
    CoachPanel(SerializableBiConsumer<CheckId, Boolean> onAnswer, SerializableConsumer<KeyResultTemplate> onTemplate) {
        this.onAnswer = onAnswer;
        this.onTemplate = onTemplate;
        this.format = ValueFormat.of(this);
        addClassName("coach-panel");
        setId("coach");
    }

    /** Shows the findings; the same findings again change nothing. */
    void show(List<Finding> findings, Map<CheckId, Confirmation> confirmations) {
        if (findings.equals(shownFindings) && confirmations.equals(shownConfirmations)) {
            return;
        }
        shownFindings = List.copyOf(findings);
        shownConfirmations = Map.copyOf(confirmations);
        removeAll();
        var score = Coach.score(findings);
        var scoreText = new Span(getTranslation("coach.score", score.passed(), score.total()));
        scoreText.addClassName("coach-score-large");
        scoreText.setId("coach-score");
        var heading = new H3(getTranslation("coach.title"));
        var header = new Div(heading, scoreText);
        header.addClassName("coach-header");
        add(header);
        var intro = new Paragraph(getTranslation("coach.intro"));
        intro.addClassName("secondary-text");
        add(intro);
        findings.forEach(f -> add(line(f, confirmations.get(f.check()))));
    }

    /** K2 names the missing categories, which read in the user's language. */
    private Object[] arguments(Finding finding) {
        if (finding.check() == CheckId.K2 && !finding.passed()) {
            return new Object[] {String.join(", ", finding.args().stream()
                    .map(category -> getTranslation("category." + category).toLowerCase(getLocale())).toList())};
        }
        return finding.args().toArray();
    }

    /**
     * What the coach says. Where its suggestions cannot be added from here (the objective's dialogs, a
     * reader's page), they are named in the sentence instead of offered as buttons.
     */
    private String message(Finding finding) {
        if (onTemplate == null && !finding.suggestions().isEmpty()) {
            var examples = finding.suggestions().stream()
                    .map(name -> getTranslation("coach.example", getTranslation(KeyResultTemplate.valueOf(name).titleKey())))
                    .toList();
            return getTranslation(finding.messageKey() + ".examples", arguments(finding)[0], String.join(", ", examples));
        }
        return getTranslation(finding.messageKey(), arguments(finding));
    }

    private Div line(Finding finding, Confirmation confirmation) {
        var icon = switch (finding.status()) {
            case PASSED -> VaadinIcon.CHECK_CIRCLE.create();
            case NEEDS_ATTENTION -> VaadinIcon.EXCLAMATION_CIRCLE.create();
            case TO_CONFIRM -> VaadinIcon.QUESTION_CIRCLE.create();
        };
        icon.addClassName("coach-icon");
        var question = new Span(finding.check() + " · " + getTranslation(finding.questionKey()));
        question.addClassName("coach-question");
        var message = new Span(message(finding));
        message.addClassName("coach-message");
        var text = new Div(question, message);
        text.addClassName("coach-text");
        var line = new Div(icon, text);
        line.addClassNames("coach-finding", "coach-" + finding.status().name().toLowerCase().replace('_', '-'));
        line.getElement().setAttribute("data-check", finding.check().name());

        if (finding.answerable()) {
            var yes = new Checkbox(getTranslation(finding.yesKey()), finding.passed());
            yes.addClassName("coach-confirm");
            yes.setId("confirm-" + finding.check());
            yes.setReadOnly(onAnswer == null);
            if (onAnswer != null) {
                yes.addValueChangeListener(e -> onAnswer.accept(finding.check(), e.getValue()));
            }
            text.add(yes);
        }
        if (confirmation != null && finding.passed()) {
            var who = new Span(getTranslation("coach.confirmed-by", confirmation.by(), format.date(confirmation.at())));
            who.addClassName("coach-confirmed-by");
            text.add(who);
        }
        if (onTemplate != null && !finding.suggestions().isEmpty()) {
            var suggestions = new Div();
            suggestions.addClassName("coach-suggestions");
            finding.suggestions().forEach(name -> {
                var template = KeyResultTemplate.valueOf(name);
                var add = new Button(getTranslation(template.titleKey()), VaadinIcon.PLUS.create(),
                        e -> onTemplate.accept(template));
                add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                add.addClassName("coach-template");
                add.getElement().setAttribute("data-template", name);
                suggestions.add(add);
            });
            text.add(suggestions);
        }
        return line;
    }
}
