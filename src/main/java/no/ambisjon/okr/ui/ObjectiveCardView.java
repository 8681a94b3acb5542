package no.ambisjon.okr.ui;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.Measure;
import no.ambisjon.okr.ObjectiveCard;
import no.ambisjon.okr.Progress;

/** One objective with its key results. With {@code actions} null it is read-only. */
class ObjectiveCardView extends Div {

    private final ValueFormat format;
    private final OkrActions actions;

    ObjectiveCardView(ObjectiveCard card, double expected, OkrActions actions) {
        this.format = ValueFormat.of(this);
        this.actions = actions;
        addClassName("objective-card");
        getElement().setAttribute("data-objective", String.valueOf(card.id().value()));

        var title = new RouterLink(card.title(), ObjectiveView.class, new RouteParameters("id",
                String.valueOf(card.id().value())));
        title.addClassName("objective-title");
        var heading = new H2(title);
        var status = badge(getTranslation("status." + card.status().name()), "status-" + card.status().name().toLowerCase());
        var score = new OkrWidgets(this).coachScore(card.score().passed(), card.score().total());
        var header = new Div(heading, score, status);
        header.addClassName("objective-header");
        if (actions != null) {
            header.add(iconButton(VaadinIcon.EDIT, "objective.edit", () -> actions.editObjective(card), "edit-objective"),
                    iconButton(VaadinIcon.ARCHIVE, "objective.archive.title", () -> actions.archiveObjective(card),
                            "archive-objective"));
        }
        add(header);
        if (card.description() != null) {
            var description = new Paragraph(card.description());
            description.addClassName("objective-description");
            add(description);
        }
        var summary = new Div(new ProgressMeter(card.progress(), expected, objectiveState(card, expected), format));
        summary.addClassName("objective-summary");
        if (card.owner() != null) {
            summary.add(new Span(getTranslation("okr.owner", card.owner())));
        }
        add(summary);

        var rows = new Div();
        rows.addClassName("key-results");
        card.keyResults().forEach(kr -> rows.add(row(kr, expected)));
        if (card.keyResults().isEmpty()) {
            var none = new Paragraph(getTranslation(actions == null ? "key-result.none" : "key-result.none.editor"));
            none.addClassName("secondary-text");
            rows.add(none);
        }
        add(rows);
        if (actions != null) {
            var add = new Button(getTranslation("key-result.add"), VaadinIcon.PLUS.create(), e -> actions.addKeyResult(card));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.addClassName("add-key-result");
            add(add);
        }
    }

    private Component row(KeyResultLine kr, double expected) {
        var row = new Div();
        row.addClassName("key-result-row");
        row.getElement().setAttribute("data-key-result", String.valueOf(kr.id().value()));

        var link = new RouterLink(kr.title(), KeyResultView.class,
                new RouteParameters("id", String.valueOf(kr.id().value())));
        link.addClassName("key-result-title");
        var category = badge(getTranslation("category." + kr.category().name()), "category");
        var name = new Div(link, category);
        name.addClassName("key-result-name");

        var values = new Span(kr.measure() == Measure.YES_NO ? format.value(kr.measure(), kr.current(), kr.unit())
                : getTranslation("okr.value-of-target", format.value(kr.measure(), kr.current(), kr.unit()),
                        format.value(kr.measure(), kr.target(), kr.unit())));
        values.addClassName("key-result-values");

        var latest = new Span(kr.latest() == null ? getTranslation("check-in.none")
                : getTranslation("check-in.latest", format.date(kr.latest().at()), kr.latest().author()));
        latest.addClassName("key-result-latest");

        var trend = Sparkline.of(kr.trend(), getTranslation("okr.trend"));
        row.add(name, new ProgressMeter(kr.progress(), expected, state(kr), format), values,
                confidence(kr.confidence()), trend, latest);
        if (actions != null) {
            var checkIn = new Button(getTranslation("check-in.action"), e -> actions.checkIn(kr));
            checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL);
            checkIn.addClassName("check-in-button");
            var tools = new Div(checkIn,
                    iconButton(VaadinIcon.EDIT, "key-result.edit", () -> actions.editKeyResult(kr), "edit-key-result"),
                    iconButton(VaadinIcon.ARCHIVE, "key-result.archive.title", () -> actions.archiveKeyResult(kr),
                            "archive-key-result"));
            tools.addClassName("key-result-tools");
            row.add(tools);
        }
        return row;
    }

    static ProgressMeter.State state(KeyResultLine kr) {
        if (kr.offTrack()) {
            return ProgressMeter.State.BEHIND;
        }
        return kr.confidence() == Confidence.AT_RISK ? ProgressMeter.State.AT_RISK : ProgressMeter.State.ON_TRACK;
    }

    private static ProgressMeter.State objectiveState(ObjectiveCard card, double expected) {
        if (Progress.behind(card.progress(), expected)) {
            return ProgressMeter.State.BEHIND;
        }
        return card.keyResults().stream().anyMatch(kr -> state(kr) != ProgressMeter.State.ON_TRACK)
                ? ProgressMeter.State.AT_RISK : ProgressMeter.State.ON_TRACK;
    }

    Span confidence(Confidence confidence) {
        return badge(getTranslation("confidence." + confidence.name()), confidenceClass(confidence));
    }

    static String confidenceClass(Confidence confidence) {
        return "confidence-" + confidence.name().toLowerCase().replace('_', '-');
    }

    static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("badge", variant);
        return badge;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, SerializableRunnable action, String className) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName(className);
        return button;
    }
}
