package no.ambisjon.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.ambisjon.meeting.MinutesLine;
import no.ambisjon.okr.Progress;
import no.ambisjon.okr.ui.OkrWidgets;
import no.ambisjon.okr.ui.OwnerView;

/** A key result in closed minutes, exactly as it was when the meeting closed. */
class MinutesLineView extends Div {

    /** @param expected the share of the quarter passed at close, or {@code null} when it was not kept */
    MinutesLineView(MinutesLine line, Double expected) {
        var widgets = new OkrWidgets(this);
        var format = widgets.format();
        addClassNames("agenda-line", "minutes-line");
        getElement().setAttribute("data-key-result", String.valueOf(line.keyResultId()));
        var objective = new Span(line.objectiveTitle());
        objective.addClassName("secondary-text");
        var name = new Div(new Span(line.title()), objective);
        if (line.owner() != null) {
            name.add(OwnerView.component(this, line.owner()));
        }
        name.addClassName("agenda-name");
        var atClose = new Span(getTranslation("meeting.at-close",
                format.valueOfTarget(line.measure(), line.value(), line.target(), line.unit()), format.share(line.progress())));
        atClose.addClassName("minutes-at-close");
        var behind = expected != null && Progress.behind(line.progress(), expected);
        add(name, widgets.progress(line.progress(), expected == null ? 0 : expected, behind, line.confidence()), atClose,
                widgets.standing(behind, line.confidence()));
        if (line.note() != null) {
            var note = new Paragraph(line.note());
            note.addClassName("agenda-note-text");
            add(note);
        }
    }
}
