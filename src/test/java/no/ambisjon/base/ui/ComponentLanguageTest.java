package no.ambisjon.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import no.ambisjon.KaribuTest;
import no.ambisjon.base.i18n.Language;
import org.junit.jupiter.api.Test;

/** Vaadin's own words in the pickers follow the reader's language. */
class ComponentLanguageTest extends KaribuTest {

    @Test
    void a_norwegian_reader_gets_a_norwegian_calendar_and_screen_reader_messages() {
        openAnonymously();
        UI.getCurrent().setLocale(Language.NB.locale());

        var calendar = new LocalisedDatePicker().getI18n();
        assertThat(calendar.getMonthNames()).startsWith("januar", "februar").hasSize(12);
        assertThat(calendar.getWeekdays()).startsWith("søndag", "mandag").hasSize(7);
        assertThat(calendar.getToday()).isEqualTo("I dag");
        assertThat(calendar.getCancel()).isEqualTo("Avbryt");
        assertThat(calendar.getFirstDayOfWeek()).isEqualTo(1);
        var moment = new LocalisedDateTimePicker("Når");
        assertThat(moment.getDatePickerI18n().getMonthNames()).contains("desember");
        assertThat(moment.getI18n().getTimeLabel()).isEqualTo("Klokkeslett");
        var people = new LocalisedMultiSelect<String>().getI18n();
        assertThat(people.getSelected()).isEqualTo("lagt til i utvalget");
        assertThat(people.getTotal()).isEqualTo("{count} valgt");
    }

    @Test
    void an_english_reader_gets_them_in_english() {
        openAnonymously();
        UI.getCurrent().setLocale(Language.EN.locale());

        var calendar = new LocalisedDatePicker().getI18n();
        assertThat(calendar.getMonthNames()).startsWith("January");
        assertThat(calendar.getToday()).isEqualTo("Today");
        assertThat(new LocalisedMultiSelect<String>().getI18n().getTotal()).isEqualTo("{count} selected");
    }
}
