package no.ambisjon.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValueContext;
import java.time.LocalDate;

/**
 * Dates and times typed by a user: what is no date (29.02.2027), or lies outside what makes sense
 * for the field (year 1), gets a message at the field in the reader's language, and is never taken
 * as "no date".
 */
public final class DateFields {

    private DateFields() {
    }

    /** Limits the picker to {@code min}..{@code max}, with the app's messages for what it refuses. */
    public static DatePicker within(DatePicker picker, LocalDate min, LocalDate max) {
        picker.setMin(min);
        picker.setMax(max);
        picker.setI18n(LocalisedDatePicker.texts(picker, picker.getLocale())
                .setMinErrorMessage(picker.getTranslation("validation.date.min", TimeText.typed(min, picker.getLocale())))
                .setMaxErrorMessage(picker.getTranslation("validation.date.max", TimeText.typed(max, picker.getLocale()))));
        return picker;
    }

    /** As {@link #within(DatePicker, LocalDate, LocalDate)}, for a date and a time. */
    public static DateTimePicker within(DateTimePicker picker, LocalDate min, LocalDate max) {
        picker.setMin(min.atStartOfDay());
        picker.setMax(max.plusDays(1).atStartOfDay().minusMinutes(1));
        picker.setI18n(java.util.Optional.ofNullable(picker.getI18n()).orElseGet(DateTimePicker.DateTimePickerI18n::new)
                .setBadInputErrorMessage(picker.getTranslation("validation.date-time"))
                .setMinErrorMessage(picker.getTranslation("validation.date.min", TimeText.typed(min, picker.getLocale())))
                .setMaxErrorMessage(picker.getTranslation("validation.date.max", TimeText.typed(max, picker.getLocale()))));
        return picker;
    }

    /**
     * Whether the field holds a value it accepts, or nothing; if it does not (text that is no date,
     * a date out of range), it says why at the field.
     */
    public static <F extends Component & HasValue<?, V> & HasValidator<V> & HasValidationProperties, V> boolean accepted(F field) {
        var result = field.getDefaultValidator().apply(field.getValue(), new ValueContext(field, field));
        field.setInvalid(result.isError());
        if (result.isError()) {
            field.setErrorMessage(result.getErrorMessage());
        }
        return !result.isError();
    }
}
