package no.ambisjon.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number typed as the reader writes it: with a decimal comma in Norwegian and a decimal point in
 * English, digits grouped by spaces (or by commas in English). What could be read two ways, such as
 * "1.5" in Norwegian, an exponent, or more decimals or digits than a value is stored with, is not
 * guessed at: the field says what to type instead and keeps the text. Its value is then empty and
 * the binder's default validator (or {@link #problem()}) refuses it.
 */
public class DecimalField extends CustomField<BigDecimal> implements HasValidator<BigDecimal> {

    /** What a value of the key results' columns holds: NUMERIC(19, 4). */
    public static final BigDecimal LARGEST = new BigDecimal("999999999999999.9999");
    public static final int DECIMALS = 4;

    private static final Pattern DIGITS = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}( \\d{3})+(\\.\\d+)?");

    private final TextField input = new TextField();
    private final List<ValidationStatusChangeListener<BigDecimal>> statusListeners = new ArrayList<>();
    private String problem;

    /** @param inputId the id of the text box, where a browser or test types */
    public DecimalField(String inputId) {
        input.setId(inputId);
        input.setWidthFull();
        input.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        input.getElement().setAttribute("inputmode", "decimal");
        input.addValueChangeListener(e -> {
            updateValue();
            var event = new ValidationStatusChangeEvent<>(this, problem == null);
            List.copyOf(statusListeners).forEach(listener -> listener.validationStatusChanged(event));
        });
        add(input);
    }

    /** The message key of what is wrong with the text typed, if anything. */
    public String problem() {
        return problem;
    }

    /** The text box, e.g. to select its text or to focus it. */
    public TextField input() {
        return input;
    }

    @Override
    public void focus() {
        input.focus();
    }

    @Override
    protected BigDecimal generateModelValue() {
        var read = read(input.getValue(), getLocale());
        problem = read.problem();
        return read.value();
    }

    @Override
    protected void setPresentationValue(BigDecimal value) {
        problem = null;
        input.setValue(value == null ? "" : format(value, getLocale()));
    }

    @Override
    public Validator<BigDecimal> getDefaultValidator() {
        return (value, context) -> problem == null ? ValidationResult.ok()
                : ValidationResult.error(getTranslation(problem, example(getLocale())));
    }

    @Override
    public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<BigDecimal> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    /** A number read from text, or why it is not one. */
    public record Read(BigDecimal value, String problem) {
    }

    /** Reads {@code text} as a reader of {@code locale} writes a number. */
    public static Read read(String text, Locale locale) {
        var typed = text == null ? "" : text.strip().replace('\u2212', '-').replaceAll("[\\u00a0\\u202f\\u2009]", " ");
        if (typed.isEmpty()) {
            return new Read(null, null);
        }
        var decimalComma = usesDecimalComma(locale);
        var normal = decimalComma ? typed : typed.replace(',', ' ');
        if (decimalComma) {
            if (typed.contains(".")) {
                return new Read(null, "validation.number.decimal-comma");
            }
            normal = typed.replace(',', '.');
        } else if (typed.matches(".*,\\d{1,2}$") || typed.matches(".*,\\d{4,}.*")) {
            return new Read(null, "validation.number.decimal-point");
        }
        if (normal.chars().filter(c -> c == '.').count() > 1 || !(DIGITS.matcher(normal).matches()
                || GROUPED.matcher(normal).matches())) {
            return new Read(null, "validation.number");
        }
        var value = new BigDecimal(normal.replace(" ", ""));
        if (value.stripTrailingZeros().scale() > DECIMALS) {
            return new Read(null, "validation.number.decimals");
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            return new Read(null, "validation.number.too-large");
        }
        return new Read(value, null);
    }

    /** As a reader of {@code locale} writes it, digits grouped (by spaces with a decimal comma), without trailing zeros. */
    public static String format(BigDecimal value, Locale locale) {
        var symbols = DecimalFormatSymbols.getInstance(locale);
        if (usesDecimalComma(locale)) {
            symbols.setGroupingSeparator('\u00a0');
        }
        var format = new DecimalFormat("#,##0.####", symbols);
        format.setMaximumFractionDigits(DECIMALS);
        return format.format(value);
    }

    private static boolean usesDecimalComma(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale == null ? Locale.ROOT : locale).getDecimalSeparator() == ',';
    }

    /** "1 500,5" or "1,500.5": how to write a number here. */
    private static String example(Locale locale) {
        return format(new BigDecimal("1500.5"), locale).replace('\u00a0', ' ');
    }
}
