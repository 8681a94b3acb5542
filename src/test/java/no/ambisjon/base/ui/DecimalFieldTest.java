package no.ambisjon.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers as Norwegian and English readers type them, and what is not guessed at. */
class DecimalFieldTest {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private static BigDecimal read(String text, Locale locale) {
        var read = DecimalField.read(text, locale);
        assertThat(read.problem()).as("%s in %s", text, locale).isNull();
        return read.value();
    }

    private static String problem(String text, Locale locale) {
        var read = DecimalField.read(text, locale);
        assertThat(read.value()).as("%s in %s", text, locale).isNull();
        return read.problem();
    }

    @Test
    void norwegian_numbers_have_a_decimal_comma_and_may_group_digits_with_spaces() {
        assertThat(read("1500", NB)).isEqualByComparingTo("1500");
        assertThat(read("1 500,5", NB)).isEqualByComparingTo("1500.5");
        assertThat(read("1\u00a0500\u00a0000", NB)).isEqualByComparingTo("1500000");
        assertThat(read(" −3,25 ", NB)).isEqualByComparingTo("-3.25");
        assertThat(read("", NB)).isNull();
    }

    @Test
    void english_numbers_have_a_decimal_point_and_may_group_digits_with_commas() {
        assertThat(read("1,500.5", Locale.ENGLISH)).isEqualByComparingTo("1500.5");
        assertThat(read("1500.5", Locale.ENGLISH)).isEqualByComparingTo("1500.5");
        assertThat(read("1 500", Locale.ENGLISH)).isEqualByComparingTo("1500");
    }

    @Test
    void what_could_be_read_two_ways_is_refused_with_what_to_type_instead() {
        assertThat(problem("1.5", NB)).isEqualTo("validation.number.decimal-comma");
        assertThat(problem("1.500", NB)).isEqualTo("validation.number.decimal-comma");
        assertThat(problem("1,5", Locale.ENGLISH)).isEqualTo("validation.number.decimal-point");
        assertThat(problem("1,5000", Locale.ENGLISH)).isEqualTo("validation.number.decimal-point");
    }

    @Test
    void exponents_letters_and_stray_signs_are_not_numbers() {
        for (var typed : new String[] {"1e308", "1E5", "12a", "--5", "5-", "1,2,3", "15 00", "Infinity", "NaN", "0x10"}) {
            assertThat(problem(typed, NB)).as(typed).isEqualTo("validation.number");
        }
    }

    @Test
    void more_digits_or_decimals_than_a_value_is_stored_with_are_refused() {
        assertThat(read("999 999 999 999 999,9999", NB)).isEqualByComparingTo(DecimalField.LARGEST);
        assertThat(problem("1 000 000 000 000 000", NB)).isEqualTo("validation.number.too-large");
        assertThat(problem("-1000000000000000", NB)).isEqualTo("validation.number.too-large");
        assertThat(problem("2,12345", NB)).isEqualTo("validation.number.decimals");
        assertThat(read("2,12340", NB)).isEqualByComparingTo("2.1234");
    }

    @Test
    void a_value_is_shown_as_the_reader_writes_it_and_reads_back_the_same() {
        var value = new BigDecimal("1234567.25");
        assertThat(DecimalField.format(value, NB)).isEqualTo("1\u00a0234\u00a0567,25");
        assertThat(DecimalField.format(value, Locale.forLanguageTag("en-GB"))).isEqualTo("1,234,567.25");
        assertThat(read(DecimalField.format(value, NB), NB)).isEqualByComparingTo(value);
        assertThat(read(DecimalField.format(value, Locale.ENGLISH), Locale.ENGLISH)).isEqualByComparingTo(value);
    }
}
