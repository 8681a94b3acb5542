package no.ambisjon.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import no.ambisjon.base.i18n.Language;

/**
 * A date picker that speaks the reader's language in its calendar too: month and day names,
 * "I dag" and "Avbryt", weeks from Monday. Vaadin's own words are English otherwise.
 */
public class LocalisedDatePicker extends DatePicker {

    public LocalisedDatePicker() {
        setI18n(texts(this, getLocale()));
    }

    public LocalisedDatePicker(String label) {
        this();
        setLabel(label);
    }

    static DatePickerI18n texts(com.vaadin.flow.component.Component in, java.util.Locale reader) {
        var symbols = DateFormatSymbols.getInstance(Language.of(reader).locale());
        return new DatePickerI18n()
                .setMonthNames(named(symbols.getMonths(), 0, 12))
                .setWeekdays(named(symbols.getWeekdays(), 1, 8))
                .setWeekdaysShort(named(symbols.getShortWeekdays(), 1, 8))
                .setFirstDayOfWeek(1)
                .setToday(in.getTranslation("component.date.today"))
                .setCancel(in.getTranslation("action.cancel"))
                .setBadInputErrorMessage(in.getTranslation("validation.date"));
    }

    private static List<String> named(String[] names, int from, int to) {
        return Arrays.asList(Arrays.copyOfRange(names, from, to));
    }
}
