package no.ambisjon.okr.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.UnaryOperator;
import java.math.RoundingMode;
import java.math.MathContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.okr.Measure;
import org.springframework.modulith.NamedInterface;

/** Values, shares and dates as a Norwegian or English reader writes them: "12 500 kr", "3,5 %". */
@NamedInterface("widgets")
public final class ValueFormat implements Serializable {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** What a forecast is precise to. */
    private static final MathContext SIGNIFICANT = new MathContext(3, RoundingMode.HALF_UP);

    private final Language language;
    private final String yes;
    private final String no;
    private final String about;
    private final String millions;
    private final String ofTarget;

    /** @param texts the bundle's text for a key, in the reader's language */
    public ValueFormat(Locale locale, UnaryOperator<String> texts) {
        this.language = Language.of(locale);
        this.yes = texts.apply("value.yes");
        this.no = texts.apply("value.no");
        this.about = texts.apply("value.about");
        this.millions = texts.apply("value.millions");
        this.ofTarget = texts.apply("okr.value-of-target");
    }

    public static ValueFormat of(Component component) {
        return new ValueFormat(UI.getCurrent().getLocale(), key -> component.getTranslation(key));
    }

    public String value(Measure measure, BigDecimal value, String unit) {
        return switch (measure) {
            case YES_NO -> value.signum() > 0 ? yes : no;
            case PERCENT -> language == Language.NB ? number(value) + "\u00a0%" : number(value) + "%";
            case MONEY -> language == Language.NB ? number(value) + "\u00a0kr" : "NOK\u00a0" + number(value);
            case NUMBER -> unit == null || unit.isBlank() ? number(value) : number(value) + "\u00a0" + unit;
        };
    }

    /**
     * "406 av 520 bestillinger", "35 of 40%", "NOK 1,400 of NOK 1,800": a unit written after its
     * number is said once, after the target; a yes/no result is just its answer.
     */
    public String valueOfTarget(Measure measure, BigDecimal value, BigDecimal target, String unit) {
        if (measure == Measure.YES_NO) {
            return value(measure, value, unit);
        }
        var unitBefore = measure == Measure.MONEY && language == Language.EN;
        return ofTarget.replace("{0}", unitBefore ? value(measure, value, unit) : number(value))
                .replace("{1}", value(measure, target, unit));
    }

    /**
     * A value no more precise than it can be, such as a forecast: three significant figures, in
     * millions from a million ("ca. 1,57 mill. kr", "about NOK 1.57 million", "ca. 60 000 besøk").
     */
    public String approximately(Measure measure, BigDecimal value, String unit) {
        if (measure == Measure.YES_NO) {
            return value(measure, value, unit);
        }
        var rounded = value.round(SIGNIFICANT);
        if (value.abs().compareTo(MILLION) < 0) {
            return about.replace("{0}", value(measure, rounded, unit));
        }
        var inMillions = millions.replace("{0}", number(value.divide(MILLION).round(SIGNIFICANT)));
        var shown = switch (measure) {
            case MONEY -> language == Language.NB ? inMillions + "\u00a0kr" : "NOK\u00a0" + inMillions;
            case NUMBER -> unit == null || unit.isBlank() ? inMillions : inMillions + "\u00a0" + unit;
            case PERCENT, YES_NO -> value(measure, rounded, unit);
        };
        return about.replace("{0}", shown);
    }

    public String number(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A grade 0.0-1.0 with its one decimal: "0,7", "0.7". */
    public String grade(BigDecimal grade) {
        var format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(grade);
    }

    /** A share 0.0-1.0 as whole percent. */
    public String share(double share) {
        var percent = Math.round(share * 100);
        return language == Language.NB ? percent + "\u00a0%" : percent + "%";
    }

    /** "31. desember", "31 December": a day of this year's quarters, without the year. */
    public String day(LocalDate day) {
        return TimeText.day(day, language.locale());
    }

    public String date(Instant instant) {
        return TimeText.date(instant, language.locale());
    }
}
