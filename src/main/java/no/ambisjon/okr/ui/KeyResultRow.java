package no.ambisjon.okr.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import no.ambisjon.base.ui.IconButton;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.okr.KeyResultLine;

/**
 * One key result on the OKR page: progress against the expected line, values, confidence, trend and
 * the latest check-in. Built once; {@link #show} puts new figures into the same elements.
 */
class KeyResultRow extends Div {

    private final OkrWidgets widgets;
    private final RouterLink link = new RouterLink();
    private final Span category;
    private final ProgressMeter meter;
    private final Span values = new Span();
    private final Span confidence;
    private final Span trend;
    private final Span latest = new Span();
    private KeyResultLine kr;

    /** @param actions the editing the page offers, or {@code null} to read only */
    KeyResultRow(KeyResultLine kr, double expected, OkrActions actions) {
        this.widgets = new OkrWidgets(this);
        this.kr = kr;
        addClassName("key-result-row");
        getElement().setAttribute("data-key-result", String.valueOf(kr.id().value()));
        link.setRoute(KeyResultView.class, new RouteParameters("id", String.valueOf(kr.id().value())));
        link.addClassName("key-result-title");
        category = Badges.badge("", "category");
        var name = new Div(link, category);
        name.addClassName("key-result-name");
        meter = (ProgressMeter) widgets.progress(kr, expected);
        values.addClassName("key-result-values");
        confidence = widgets.confidence(kr);
        trend = widgets.trend(kr);
        latest.addClassName("key-result-latest");
        add(name, meter, values, confidence, trend, latest);
        if (actions != null) {
            var checkIn = new Button(getTranslation("check-in.action"), e -> actions.checkIn(this.kr));
            checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL);
            checkIn.addClassName("check-in-button");
            var tools = new Div(checkIn,
                    iconButton(VaadinIcon.EDIT, "key-result.edit", () -> actions.editKeyResult(this.kr), "edit-key-result"),
                    iconButton(VaadinIcon.ARCHIVE, "key-result.archive.title", () -> actions.archiveKeyResult(this.kr),
                            "archive-key-result"));
            tools.addClassName("key-result-tools");
            add(tools);
        }
        texts();
    }

    void show(KeyResultLine kr, double expected) {
        this.kr = kr;
        texts();
        widgets.update(kr, expected, meter, confidence, trend);
    }

    private void texts() {
        var format = widgets.format();
        InPlace.text(link, kr.title());
        InPlace.text(category, getTranslation("category." + kr.category().name()));
        InPlace.text(values, widgets.valueOfTarget(kr));
        InPlace.text(latest, kr.latest() == null ? getTranslation("check-in.none")
                : getTranslation("check-in.latest", format.date(kr.latest().at()), kr.latest().author()));
    }

    private Button iconButton(VaadinIcon icon, String labelKey, SerializableRunnable action, String className) {
        var button = IconButton.of(icon, getTranslation(labelKey), action);
        button.addClassName(className);
        return button;
    }
}
