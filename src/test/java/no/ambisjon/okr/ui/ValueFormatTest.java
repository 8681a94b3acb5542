package no.ambisjon.okr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.okr.Measure;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    private final ValueFormat nb = new ValueFormat(Language.NB.locale(), "Ja", "Nei");
    private final ValueFormat en = new ValueFormat(Language.EN.locale(), "Yes", "No");

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
