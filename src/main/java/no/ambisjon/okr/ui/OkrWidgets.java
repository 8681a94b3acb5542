package no.ambisjon.okr.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.io.Serializable;
import java.util.List;
import no.ambisjon.base.ui.InPlace;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.okr.CheckInEntry;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.Standing;
import org.springframework.modulith.NamedInterface;

/**
 * The OKR pieces other screens show too: progress against the expected line, standing, trend,
 * history. Each piece can take new figures in place, so that a live update builds nothing new.
 */
@NamedInterface("widgets")
public final class OkrWidgets implements Serializable {

    private final Component screen;
    private final ValueFormat format;

    public OkrWidgets(Component screen) {
        this.screen = screen;
        this.format = ValueFormat.of(screen);
    }

    public Component progress(KeyResultLine kr, double expected) {
        return new ProgressMeter(kr.progress(), expected, kr.standing(), format);
    }

    /** Progress of several key results together (an objective, a customer), coloured by how they stand. */
    public Component progress(double progress, double expected, Standing standing) {
        return new ProgressMeter(progress, expected, standing, format);
    }

    /** A key result's figures at some moment (closed minutes): progress against the line expected then. */
    public Component progress(double progress, double expected, boolean behind, Confidence confidence) {
        return new ProgressMeter(progress, expected, Standing.of(behind, confidence), format);
    }

    /**
     * A key result's standing: one badge in its colour, and why in plain words, the owner's own
     * word as theirs ("Bak planen · Kari Nordmann: i rute").
     */
    public Span standing(KeyResultLine kr) {
        return standing(kr.standing(), why(kr));
    }

    /** The standing figures frozen at a moment had (closed minutes), and the owner's word then. */
    public Span standing(boolean behind, Confidence confidence) {
        return standing(Standing.of(behind, confidence), why(behind, confidence));
    }

    private Span standing(Standing standing, String why) {
        var badge = new Span();
        badge.addClassName("badge");
        var reason = new Span();
        reason.addClassName("standing-why");
        var shown = new Span(badge, reason);
        shown.addClassName("standing");
        show(shown, standing, why);
        return shown;
    }

    /** Shows a key result's new standing in pieces made by {@link #standing(KeyResultLine)}. */
    public void standing(Span shown, KeyResultLine kr) {
        show(shown, kr.standing(), why(kr));
    }

    private void show(Span shown, Standing standing, String why) {
        var badge = (Span) shown.getComponentAt(0);
        for (var level : Standing.values()) {
            badge.setClassName(Badges.standingClass(level), level == standing);
        }
        InPlace.text(badge, screen.getTranslation("standing.badge." + standing.name()));
        var reason = (Span) shown.getComponentAt(1);
        InPlace.text(reason, why);
        reason.setVisible(!why.isEmpty());
    }

    /** {@link #standing(KeyResultLine)} as markup, for a row drawn as a whole ({@link Markup}). */
    public String standingMarkup(KeyResultLine kr) {
        var why = why(kr);
        return "<span class=\"standing\">" + Markup.tag("span", "badge " + Badges.standingClass(kr.standing()),
                screen.getTranslation("standing.badge." + kr.standing().name()))
                + (why.isEmpty() ? "" : Markup.tag("span", "standing-why", why)) + "</span>";
    }

    /** Why a key result stands as it does: behind the line, not checked in, and what its owner said last. */
    private String why(KeyResultLine kr) {
        if (kr.latest() == null) {
            return kr.standing() == Standing.NEEDS_ATTENTION ? screen.getTranslation("standing.why.no-check-in") : "";
        }
        return join(kr.behind() ? screen.getTranslation("standing.why.behind") : null,
                screen.getTranslation("standing.why.owner", kr.latest().author(), said(kr.confidence())));
    }

    private String why(boolean behind, Confidence confidence) {
        return join(behind ? screen.getTranslation("standing.why.behind") : null,
                screen.getTranslation("standing.why.owner-then", said(confidence)));
    }

    private String said(Confidence confidence) {
        return screen.getTranslation("confidence.said." + confidence.name());
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" · "));
    }

    /** "Veileder 8/11": how many of the guide's control questions are answered well. */
    public Span coachScore(int passed, int total) {
        var badge = Badges.badge(screen.getTranslation("coach.badge", passed, total),
                passed == total ? "coach-complete" : "coach-open");
        badge.getElement().setAttribute("title", screen.getTranslation("coach.badge.help"));
        return badge;
    }

    /** "2 av 3 mål": how many of a customer's objectives answer every one of the guide's questions well. */
    public Span guideMet(int met, int objectives) {
        var badge = Badges.badge(screen.getTranslation("coach.objectives", met, objectives),
                met == objectives ? "coach-complete" : "coach-open");
        badge.getElement().setAttribute("title", screen.getTranslation("coach.objectives.help"));
        return badge;
    }

    /** Shows a new score in a badge made by {@link #coachScore}. */
    public void coachScore(Span badge, int passed, int total) {
        InPlace.text(badge, screen.getTranslation("coach.badge", passed, total));
        badge.setClassName("coach-complete", passed == total);
        badge.setClassName("coach-open", passed != total);
    }

    public Span trend(KeyResultLine kr) {
        return Sparkline.of(kr.trend(), screen.getTranslation("okr.trend"));
    }

    /**
     * Shows a key result's new figures in pieces made by {@link #progress}, {@link #standing(KeyResultLine)}
     * and {@link #trend} (null: none shown): a live update changes a few properties instead of
     * building new elements.
     */
    public void update(KeyResultLine kr, double expected, Component progress, Span standing, Span trend) {
        ((ProgressMeter) progress).show(kr.progress(), expected, kr.standing());
        standing(standing, kr);
        if (trend != null) {
            Sparkline.redraw(trend, kr.trend(), screen.getTranslation("okr.trend"));
        }
    }

    /** {@link #progress(KeyResultLine, double)} as markup, for a row drawn as a whole ({@link Markup}). */
    public String progressMarkup(KeyResultLine kr, double expected) {
        return ProgressMeter.markup(screen, kr.progress(), expected, kr.standing(), format);
    }

    /** {@link #trend} as markup. */
    public String trendMarkup(KeyResultLine kr) {
        return Sparkline.framed(kr.trend(), screen.getTranslation("okr.trend"));
    }

    public Span history(KeyResultLine kr, Quarter quarter, List<CheckInEntry> history) {
        return HistoryChart.of(kr, quarter, history, format, screen.getTranslation("history.chart.aria", kr.title()),
                forecast(kr));
    }

    /** Draws new history in a chart made by {@link #history}. */
    public void history(Span chart, KeyResultLine kr, Quarter quarter, List<CheckInEntry> history) {
        HistoryChart.redraw(chart, kr, quarter, history, format, screen.getTranslation("history.chart.aria", kr.title()),
                forecast(kr));
    }

    public String value(KeyResultLine kr) {
        return format.value(kr.measure(), kr.current(), kr.unit());
    }

    /** "1 397 000 av 1 800 000 kr"; a yes/no result is just its answer. */
    public String valueOfTarget(KeyResultLine kr) {
        return format.valueOfTarget(kr.measure(), kr.current(), kr.target(), kr.unit());
    }

    /** "av 1 800 000 kr (start 1 200 000 kr)", beside a large current value. */
    public String ofTarget(KeyResultLine kr) {
        return screen.getTranslation("key-result.of-target", format.value(kr.measure(), kr.target(), kr.unit()),
                format.value(kr.measure(), kr.start(), kr.unit()));
    }

    /** "At this pace: 64 000 by 31 December; target 80 000", or nothing without a forecast. */
    public String forecast(KeyResultLine kr) {
        var forecast = kr.forecast();
        if (forecast == null) {
            return "";
        }
        return screen.getTranslation("forecast.sentence", format.approximately(kr.measure(), forecast.value(), kr.unit()),
                format.day(forecast.by()), format.value(kr.measure(), kr.target(), kr.unit()));
    }

    /** {@link #forecast} as markup: marked when it lands short of the target; nothing without a forecast. */
    public String forecastMarkup(KeyResultLine kr) {
        if (kr.forecast() == null) {
            return "";
        }
        return Markup.tag("span", kr.forecastMisses() ? "forecast forecast-misses" : "forecast forecast-reaches",
                forecast(kr));
    }

    /** Shows a key result's forecast in a span: its sentence, marked when it falls short; hidden without one. */
    public void forecast(Span target, KeyResultLine kr) {
        InPlace.text(target, forecast(kr));
        target.setClassName("forecast-misses", kr.forecastMisses());
        target.setVisible(kr.forecast() != null);
    }

    public ValueFormat format() {
        return format;
    }
}
