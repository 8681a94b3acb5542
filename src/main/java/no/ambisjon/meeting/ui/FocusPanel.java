package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.meeting.AgendaLine;
import no.ambisjon.okr.KeyResultDetail;
import no.ambisjon.okr.ui.OkrWidgets;

/**
 * The shared screen's focus on one key result: its numbers in large type, where it lands at this
 * pace, what moved since the last meeting, progress, history, the meeting's note and the latest comments. Built when the presenter moves to it; later changes go
 * into the same elements.
 */
class FocusPanel extends Div {

    private static final int COMMENTS_SHOWN = 3;

    private final OkrWidgets widgets;
    private final Span objective = new Span();
    private final H1 title = new H1();
    private final Span value = new Span();
    private final Span target = new Span();
    private final Span standing;
    private final Span forecast = new Span();
    private final Span since = new Span();
    private final Component progress;
    private final Span chart;
    private final Div chartBox;
    private final Div side = new Div();

    FocusPanel(AgendaLine line, KeyResultDetail detail, double expected) {
        widgets = new OkrWidgets(this);
        var kr = line.keyResult();
        addClassName("presentation-focus");
        objective.addClassName("presentation-objective-title");
        title.setId("focused-key-result");
        value.addClassName("presentation-big-number");
        target.addClassName("presentation-value");
        standing = widgets.standing(kr);
        var numbers = new Div(value, target, standing);
        numbers.addClassName("presentation-numbers");
        forecast.addClassName("presentation-forecast");
        forecast.setId("focused-forecast");
        since.addClassName("presentation-since");
        since.setId("focused-since");
        progress = widgets.progress(kr, expected);
        chart = widgets.history(kr, detail.quarter(), detail.history());
        chartBox = new Div(chart);
        chartBox.addClassName("presentation-chart");
        side.addClassName("presentation-side");
        add(objective, title, numbers, forecast, since, progress, chartBox, side);
        show(line, detail, expected);
    }

    void show(AgendaLine line, KeyResultDetail detail, double expected) {
        var kr = line.keyResult();
        InPlace.text(objective, line.objectiveTitle());
        InPlace.text(title, kr.title());
        InPlace.text(value, widgets.value(kr));
        InPlace.text(target, widgets.ofTarget(kr));
        widgets.forecast(forecast, kr);
        SinceText.show(since, widgets.format(), line);
        widgets.update(kr, expected, progress, standing, null);
        widgets.history(chart, kr, detail.quarter(), detail.history());
        chartBox.setVisible(!detail.history().isEmpty());
        side.removeAll();
        if (line.note() != null) {
            side.add(new H2(getTranslation("present.note")), new Paragraph(line.note()));
        }
        var comments = detail.comments();
        if (!comments.isEmpty()) {
            side.add(new H2(getTranslation("present.comments")));
            comments.subList(Math.max(0, comments.size() - COMMENTS_SHOWN), comments.size())
                    .forEach(c -> side.add(new Paragraph(c.author() + ": " + c.text())));
        }
    }
}
