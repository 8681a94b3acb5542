package no.ambisjon.okr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.okr.Measure;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    private final ValueFormat nb = new ValueFormat(Language.NB.locale(),
            Map.of("value.yes", "Ja", "value.no", "Nei", "value.about", "ca. {0}", "value.millions", "{0}\u00a0mill.")::get);
    private final ValueFormat en = new ValueFormat(Language.EN.locale(),
            Map.of("value.yes", "Yes", "value.no", "No", "value.about", "about {0}", "value.millions", "{0}\u00a0million")::get);

    @Test
    void a_forecast_is_shown_to_three_significant_figures_and_in_millions_from_a_million() {
        assertThat(nb.approximately(Measure.NUMBER, new BigDecimal("59999"), "besøk")).isEqualTo("ca. 60\u00a0000\u00a0besøk");
        assertThat(nb.approximately(Measure.MONEY, new BigDecimal("1568652"), null)).isEqualTo("ca. 1,57\u00a0mill.\u00a0kr");
        assertThat(en.approximately(Measure.MONEY, new BigDecimal("1568652"), null)).isEqualTo("about NOK\u00a01.57\u00a0million");
        assertThat(nb.approximately(Measure.NUMBER, new BigDecimal("522"), "bestillinger")).isEqualTo("ca. 522\u00a0bestillinger");
        assertThat(nb.approximately(Measure.NUMBER, new BigDecimal("4.712"), "stjerner")).isEqualTo("ca. 4,71\u00a0stjerner");
        assertThat(en.approximately(Measure.PERCENT, new BigDecimal("45.56"), null)).isEqualTo("about 45.6%");
    }

    @Test
    void norwegian_numbers_have_spaces_between_thousands_and_a_decimal_comma() {
        assertThat(nb.value(Measure.MONEY, new BigDecimal("12500"), null)).isEqualTo("12\u00a0500\u00a0kr");
        assertThat(nb.value(Measure.PERCENT, new BigDecimal("3.5"), null)).isEqualTo("3,5\u00a0%");
        assertThat(nb.value(Measure.NUMBER, new BigDecimal("42000"), "besøk")).isEqualTo("42\u00a0000\u00a0besøk");
        assertThat(nb.value(Measure.YES_NO, BigDecimal.ONE, null)).isEqualTo("Ja");
        assertThat(nb.share(0.634)).isEqualTo("63\u00a0%");
    }

    @Test
    void english_numbers_have_commas_between_thousands_and_a_decimal_point() {
        assertThat(en.value(Measure.MONEY, new BigDecimal("12500"), null)).isEqualTo("NOK\u00a012,500");
        assertThat(en.value(Measure.PERCENT, new BigDecimal("3.5"), null)).isEqualTo("3.5%");
        assertThat(en.value(Measure.NUMBER, new BigDecimal("4.25"), null)).isEqualTo("4.25");
        assertThat(en.value(Measure.YES_NO, BigDecimal.ZERO, null)).isEqualTo("No");
        assertThat(en.share(1.0)).isEqualTo("100%");
    }
}
