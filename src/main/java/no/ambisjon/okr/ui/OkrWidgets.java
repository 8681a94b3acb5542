package no.ambisjon.okr.ui;

import java.io.Serializable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.ambisjon.okr.CheckInEntry;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.Measure;
import no.ambisjon.okr.Progress;
import no.ambisjon.okr.Quarter;

/** The OKR pieces other screens show too: progress against the expected line, confidence, trend, history. */
public final class OkrWidgets implements Serializable {

    private final Component screen;
    private final ValueFormat format;

    public OkrWidgets(Component screen) {
        this.screen = screen;
        this.format = ValueFormat.of(screen);
    }

    public Component progress(KeyResultLine kr, double expected) {
        return new ProgressMeter(kr.progress(), expected, ObjectiveCardView.state(kr), format);
    }

    /**
     * Progress of several key results together (an objective, a customer): behind when it is under
     * the expected line, at risk when some of its key results are behind.
     */
    public Component progress(double progress, double expected, int keyResultsBehind) {
        var state = Progress.behind(progress, expected) ? ProgressMeter.State.BEHIND
                : keyResultsBehind > 0 ? ProgressMeter.State.AT_RISK : ProgressMeter.State.ON_TRACK;
        return new ProgressMeter(progress, expected, state, format);
    }

    public Span confidence(KeyResultLine kr) {
        return ObjectiveCardView.badge(screen.getTranslation("confidence." + kr.confidence().name()),
                ObjectiveCardView.confidenceClass(kr.confidence()));
    }

    /** "Veileder 8/11": how many of the guide's control questions are answered well. */
    public Span coachScore(int passed, int total) {
        var badge = ObjectiveCardView.badge(screen.getTranslation("coach.badge", passed, total),
                passed == total ? "coach-complete" : "coach-open");
        badge.getElement().setAttribute("title", screen.getTranslation("coach.badge.help"));
        return badge;
    }

    public Span trend(KeyResultLine kr) {
        return Sparkline.of(kr.trend(), screen.getTranslation("okr.trend"));
    }

    /**
     * Shows a key result's new figures in pieces made by {@link #progress}, {@link #confidence}
     * and {@link #trend}: a live update changes a few properties instead of building new elements.
     */
    public void update(KeyResultLine kr, double expected, Component progress, Span confidence, Span trend) {
        ((ProgressMeter) progress).show(kr.progress(), expected, ObjectiveCardView.state(kr));
        for (var level : Confidence.values()) {
            confidence.setClassName(ObjectiveCardView.confidenceClass(level), level == kr.confidence());
        }
        confidence.setText(screen.getTranslation("confidence." + kr.confidence().name()));
        Sparkline.redraw(trend, kr.trend(), screen.getTranslation("okr.trend"));
    }

    public Html history(KeyResultLine kr, Quarter quarter, List<CheckInEntry> history) {
        return HistoryChart.of(kr, quarter, history, format, screen.getTranslation("history.chart.aria", kr.title()));
    }

    public String value(KeyResultLine kr) {
        return format.value(kr.measure(), kr.current(), kr.unit());
    }

    /** "1 397 000 kr av 1 800 000 kr"; a yes/no result is just its answer. */
    public String valueOfTarget(KeyResultLine kr) {
        if (kr.measure() == Measure.YES_NO) {
            return value(kr);
        }
        return screen.getTranslation("okr.value-of-target", value(kr), format.value(kr.measure(), kr.target(), kr.unit()));
    }

    /** "av 1 800 000 kr (start 1 200 000 kr)", beside a large current value. */
    public String ofTarget(KeyResultLine kr) {
        return screen.getTranslation("key-result.of-target", format.value(kr.measure(), kr.target(), kr.unit()),
                format.value(kr.measure(), kr.start(), kr.unit()));
    }

    public ValueFormat format() {
        return format;
    }
}
