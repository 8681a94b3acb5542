package no.ambisjon.okr.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import no.ambisjon.base.ui.IconButton;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.base.ui.KeyedRows;
import no.ambisjon.okr.Grades;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.ObjectiveCard;

/**
 * One objective with its key results. With {@code actions} null it is read-only. Built once;
 * {@link #show} puts new data into the same elements, so that a live update rebuilds nothing.
 */
class ObjectiveCardView extends Div {

    private final OkrWidgets widgets;
    private final OkrActions actions;
    private final RouterLink title = new RouterLink();
    private final Span score;
    private final Span status;
    private final Span grade = new Span();
    private final Paragraph description = new Paragraph();
    private final ProgressMeter meter;
    private final Span owner = new Span();
    private final KeyedRows<KeyResultLine, KeyResultRow> rows;
    private final Paragraph none = new Paragraph();
    private ObjectiveCard card;
    private double expected;

    ObjectiveCardView(ObjectiveCard card, double expected, OkrActions actions) {
        this.widgets = new OkrWidgets(this);
        this.actions = actions;
        this.card = card;
        this.expected = expected;
        addClassName("objective-card");
        getElement().setAttribute("data-objective", String.valueOf(card.id().value()));

        title.setRoute(ObjectiveView.class, new RouteParameters("id", String.valueOf(card.id().value())));
        title.addClassName("objective-title");
        score = widgets.coachScore(card.score().passed(), card.score().total());
        status = new Span();
        status.addClassName("badge");
        grade.addClassNames("badge", "objective-grade");
        var header = new Div(new H2(title), grade, score, status);
        header.addClassName("objective-header");
        if (actions != null) {
            header.add(iconButton(VaadinIcon.EDIT, "objective.edit", () -> actions.editObjective(this.card), "edit-objective"),
                    iconButton(VaadinIcon.ARCHIVE, "objective.archive.title", () -> actions.archiveObjective(this.card),
                            "archive-objective"));
        }
        description.addClassName("objective-description");
        meter = (ProgressMeter) widgets.progress(card.progress(), expected, card.standing(expected));
        var summary = new Div(meter, owner);
        summary.addClassName("objective-summary");
        var keyResults = new Div();
        keyResults.addClassName("key-results");
        rows = new KeyedRows<>(keyResults, kr -> kr.id().value(), kr -> new KeyResultRow(kr, this.expected, actions),
                (row, kr) -> row.show(kr, this.expected));
        none.setText(getTranslation(actions == null ? "key-result.none" : "key-result.none.editor"));
        none.addClassName("secondary-text");
        keyResults.add(none);
        add(header, description, summary, keyResults);
        if (actions != null) {
            var add = new Button(getTranslation("key-result.add"), VaadinIcon.PLUS.create(),
                    e -> actions.addKeyResult(this.card));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.addClassName("add-key-result");
            add(add);
        }
        show(card, expected);
    }

    ObjectiveCard card() {
        return card;
    }

    void show(ObjectiveCard card, double expected) {
        this.card = card;
        this.expected = expected;
        InPlace.text(title, card.title());
        widgets.coachScore(score, card.score().passed(), card.score().total());
        // A closed evaluation says what became of the objective, from its grade: never "Utkast" beside it.
        var graded = card.grade() != null;
        InPlace.text(status, graded ? getTranslation("outcome." + Grades.outcome(card.grade()).name())
                : getTranslation("status." + card.status().name()));
        grade.setVisible(graded);
        if (graded) {
            InPlace.text(grade, getTranslation("evaluation.grade", ValueFormat.of(this).grade(card.grade())));
        }
        status.getClassNames().removeIf(name -> name.startsWith("status-") || name.startsWith("outcome-"));
        status.addClassName(graded ? Grades.outcomeClass(card.grade()) : "status-" + card.status().name().toLowerCase(Locale.ROOT));
        InPlace.text(description, card.description() == null ? "" : card.description());
        description.setVisible(card.description() != null);
        meter.show(card.progress(), expected, card.standing(expected));
        Markup.redraw(owner.getElement(), OwnerView.labelled(this, "objective.owner", card.owner()));
        owner.setVisible(card.owner() != null);
        rows.show(card.keyResults());
        none.setVisible(card.keyResults().isEmpty());
    }

    private Button iconButton(VaadinIcon icon, String labelKey, SerializableRunnable action, String className) {
        var button = IconButton.of(icon, getTranslation(labelKey), action);
        button.addClassName(className);
        return button;
    }
}
