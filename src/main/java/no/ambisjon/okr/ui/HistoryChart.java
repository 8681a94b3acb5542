package no.ambisjon.okr.ui;

import no.ambisjon.base.ui.TimeText;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.ambisjon.base.ui.Markup;
import no.ambisjon.okr.CheckInEntry;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.Quarter;

/**
 * A key result's check-ins over its quarter, rendered on the server as SVG: the values as a line,
 * the start and target as dashed lines, the line from start to target that "on track" follows, and
 * the forecast: the pace so far continued to the quarter's end.
 *
 * <p>The labels (start and target values, the quarter's first and last day) are text beside the
 * drawing, not in it: the drawing scales with the screen, and text in it would shrink to a few
 * pixels on a phone.
 */
final class HistoryChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 8;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 8;

    private HistoryChart() {
    }

    /** @param history newest first, as the detail view lists it */
    static Span of(KeyResultLine kr, Quarter quarter, List<CheckInEntry> history, ValueFormat format, String label,
                   String forecastLabel) {
        var chart = Svg.inline(markup(kr, quarter, history, format, label, forecastLabel));
        chart.addClassName("history-chart-frame");
        return chart;
    }

    /** Draws the chart anew in the same element: a live update sends one property. */
    static void redraw(Span chart, KeyResultLine kr, Quarter quarter, List<CheckInEntry> history, ValueFormat format,
                       String label, String forecastLabel) {
        Markup.redraw(chart.getElement(), markup(kr, quarter, history, format, label, forecastLabel));
    }

    private static String markup(KeyResultLine kr, Quarter quarter, List<CheckInEntry> history, ValueFormat format,
                                 String label, String forecastLabel) {
        var points = new ArrayList<>(history).reversed();
        var values = new ArrayList<BigDecimal>(List.of(kr.start(), kr.target()));
        points.forEach(p -> values.add(p.value()));
        var forecast = points.isEmpty() ? null : kr.forecast();
        if (forecast != null) {
            values.add(forecast.value());
        }
        var min = values.stream().reduce(BigDecimal::min).orElseThrow().doubleValue();
        var max = values.stream().reduce(BigDecimal::max).orElseThrow().doubleValue();
        var span = max - min == 0 ? 1 : max - min;
        var first = quarter.firstDay();
        var days = (double) quarter.days();

        var svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"history-chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                WIDTH, HEIGHT, Markup.escape(label)));
        var levels = new StringBuilder("<span class=\"chart-levels\">");
        var chart = new Object() {
            double x(LocalDate day) {
                return LEFT + (WIDTH - LEFT - RIGHT) * Math.clamp((day.toEpochDay() - first.toEpochDay()) / days, 0, 1);
            }

            double y(BigDecimal value) {
                return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value.doubleValue() - min) / span);
            }
        };
        for (var level : List.of(kr.start(), kr.target())) {
            var y = chart.y(level);
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"chart-level\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
                    LEFT, y, WIDTH - RIGHT, y));
            levels.append(String.format(Locale.ROOT, "<span class=\"chart-axis\" style=\"top: %.1f%%\">%s</span>",
                    100 * y / HEIGHT, Markup.escape(format.value(kr.measure(), level, kr.unit()))));
        }
        levels.append("</span>");
        svg.append(String.format(Locale.ROOT, "<line class=\"chart-expected\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                chart.x(first), chart.y(kr.start()), chart.x(quarter.lastDay()), chart.y(kr.target())));
        var dates = new StringBuilder("<span class=\"chart-dates\">");
        for (var edge : List.of(first, quarter.lastDay())) {
            dates.append("<span class=\"chart-axis\">").append(Markup.escape(format.date(edge.atStartOfDay(TimeText.ZONE).toInstant())))
                    .append("</span>");
        }
        dates.append("</span>");
        if (!points.isEmpty()) {
            var line = new StringBuilder(String.format(Locale.ROOT, "%.1f,%.1f ", chart.x(first), chart.y(kr.start())));
            var dots = new StringBuilder();
            for (var p : points) {
                var x = chart.x(day(p.at()));
                var y = chart.y(p.value());
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                dots.append(String.format(Locale.ROOT, "<circle class=\"chart-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\">"
                        + "<title>%s: %s</title></circle>", x, y, Markup.escape(format.date(p.at())),
                        Markup.escape(format.value(kr.measure(), p.value(), kr.unit()))));
            }
            svg.append("<polyline class=\"chart-line\" points=\"").append(line).append("\"/>").append(dots);
            if (forecast != null) {
                var last = points.getLast();
                svg.append(String.format(Locale.ROOT, "<line class=\"chart-forecast%s\" x1=\"%.1f\" y1=\"%.1f\" "
                                + "x2=\"%.1f\" y2=\"%.1f\"><title>%s</title></line>",
                        forecast.reachesTarget() ? "" : " chart-forecast-misses", chart.x(day(last.at())),
                        chart.y(last.value()), chart.x(forecast.by()), chart.y(forecast.value()),
                        Markup.escape(forecastLabel)));
            }
        }
        return levels + svg.append("</svg>").toString() + dates;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(TimeText.ZONE).toLocalDate();
    }
}
