package no.ambisjon.okr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodWordsTest {

    @Test
    void months_seasons_holidays_quarters_and_years_are_periods_of_their_own() {
        assertThat(PeriodWords.in("Bølgen Kafé får flere bestillinger i sommerferien")).contains("sommerferien");
        assertThat(PeriodWords.in("Fjellsport selger flere telt i sommersesongen")).contains("sommersesongen");
        assertThat(PeriodWords.in("Ås Økogård får sommerens bær ut til flere")).contains("sommerens");
        assertThat(PeriodWords.in("Julesalget slår fjorårets")).contains("Julesalget");
        assertThat(PeriodWords.in("Flere besøk i desember")).contains("desember");
        assertThat(PeriodWords.in("Best Q4 ever")).contains("Q4");
        assertThat(PeriodWords.in("Omsetningen i 3. kvartal")).contains("3. kvartal");
        assertThat(PeriodWords.in("Mest solgte i 2026")).contains("2026");
        assertThat(PeriodWords.in("More bookings over Easter")).contains("Easter");
    }

    @Test
    void words_that_only_look_like_periods_are_not() {
        assertThat(PeriodWords.in("Flere kunder mailer oss")).isEmpty();
        assertThat(PeriodWords.in("Marsipan selger bedre")).isEmpty();
        assertThat(PeriodWords.in("Vår nettbutikk selger mer")).as("«vår» as in «our»").isEmpty();
        assertThat(PeriodWords.in("Bordbestillinger på nett")).isEmpty();
    }
}
