package no.ambisjon.okr.ui;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import no.ambisjon.base.ui.Markup;

/** A tiny line of the latest values, rendered on the server as SVG (no chart library needed). */
final class Sparkline {

    private static final int WIDTH = 96;
    private static final int HEIGHT = 28;

    private Sparkline() {
    }

    static Span of(List<BigDecimal> values, String label) {
        return Svg.inline(markup(values, label));
    }

    static void redraw(Span sparkline, List<BigDecimal> values, String label) {
        Markup.redraw(sparkline.getElement(), markup(values, label));
    }

    /** The line in its frame, as markup for a row that is drawn as a whole. */
    static String framed(List<BigDecimal> values, String label) {
        return Svg.framed(markup(values, label));
    }

    private static String markup(List<BigDecimal> values, String label) {
        var svg = new StringBuilder().append("<svg class=\"sparkline\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Markup.escape(label)).append("\">");
        if (values.size() > 1) {
            var min = values.stream().reduce(BigDecimal::min).orElseThrow().doubleValue();
            var max = values.stream().reduce(BigDecimal::max).orElseThrow().doubleValue();
            var span = max - min == 0 ? 1 : max - min;
            svg.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"");
            for (int i = 0; i < values.size(); i++) {
                var x = 2 + i * (WIDTH - 4.0) / (values.size() - 1);
                var y = HEIGHT - 3 - (values.get(i).doubleValue() - min) / span * (HEIGHT - 6);
                svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("\"/>");
        }
        return svg.append("</svg>").toString();
    }
}
