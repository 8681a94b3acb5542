package no.ambisjon.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteMergeTest {

    @Test
    void what_each_added_to_the_note_they_began_from_is_kept_theirs_first() {
        assertThat(NoteMerge.both("Mål:", "Mål: flere anmeldelser", "Mål: kampanje mandag"))
                .isEqualTo("Mål: kampanje mandag\nflere anmeldelser");
        assertThat(NoteMerge.both("", "Vi trenger flere anmeldelser", "Kampanjen starter mandag"))
                .isEqualTo("Kampanjen starter mandag\nVi trenger flere anmeldelser");
    }

    @Test
    void a_text_already_in_the_other_is_not_written_twice() {
        assertThat(NoteMerge.both("", "Kampanje", "Kampanje mandag")).isEqualTo("Kampanje mandag");
        assertThat(NoteMerge.both("", "Kampanje mandag og tirsdag", "Kampanje mandag")).isEqualTo("Kampanje mandag og tirsdag");
    }

    @Test
    void a_note_rewritten_by_both_keeps_both_versions() {
        assertThat(NoteMerge.both("Gammel tekst", "Ny tekst fra meg", "Ny tekst fra deg"))
                .isEqualTo("Ny tekst fra deg\nNy tekst fra meg");
    }
}
