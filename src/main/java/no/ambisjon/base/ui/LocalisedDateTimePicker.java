package no.ambisjon.base.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/** A date and time picker whose calendar and labels speak the reader's language, as {@link LocalisedDatePicker}'s. */
public class LocalisedDateTimePicker extends DateTimePicker {

    public LocalisedDateTimePicker(String label) {
        setLabel(label);
        setDatePickerI18n(LocalisedDatePicker.texts(this, getLocale()));
        setI18n(new DateTimePickerI18n()
                .setDateLabel(getTranslation("component.date-time.date"))
                .setTimeLabel(getTranslation("component.date-time.time"))
                .setBadInputErrorMessage(getTranslation("validation.date-time"))
                .setIncompleteInputErrorMessage(getTranslation("validation.date-time")));
    }
}
