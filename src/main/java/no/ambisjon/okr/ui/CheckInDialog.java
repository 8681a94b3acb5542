package no.ambisjon.okr.ui;

import no.ambisjon.base.ui.LocalisedDatePicker;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.okr.CheckInWindow;
import no.ambisjon.okr.CheckInOutsideQuarterException;
import no.ambisjon.base.ui.DateFields;
import com.vaadin.flow.component.datepicker.DatePicker;
import no.ambisjon.base.ui.FormDialog;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import no.ambisjon.base.ui.DecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import com.vaadin.flow.function.SerializableConsumer;
import no.ambisjon.okr.CheckInForm;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.Measure;

/**
 * A check-in: the new value is filled in and focused, the confidence stays as it was, and Enter
 * saves. From the page that is one click to open, the value, and Enter.
 */
class CheckInDialog extends FormDialog<CheckInForm> {

    final DecimalField value = new DecimalField("check-in-value");
    final Checkbox achieved = new Checkbox();
    final RadioButtonGroup<Confidence> confidence = new RadioButtonGroup<>();
    final TextField comment = new TextField();
    final DatePicker day = new LocalisedDatePicker();
    private final CheckInWindow window;

    /** @param window the days it may be dated: its quarter's, up to today */
    CheckInDialog(KeyResultLine kr, CheckInWindow window, ValueFormat format, SerializableConsumer<CheckInForm> save,
                  SerializableRunnable onSaved) {
        super(CheckInForm.class, initial(kr, window), kr.title(), save, onSaved, "check-in.saved");
        this.window = window;
        addClassName("check-in-dialog");
        var target = new Paragraph(getTranslation("check-in.target", format.value(kr.measure(), kr.current(), kr.unit()),
                format.value(kr.measure(), kr.target(), kr.unit())));
        target.addClassName("secondary-text");

        value.setLabel(getTranslation("check-in.value"));
        value.input().setSuffixComponent(new Span(suffix(kr)));
        achieved.setLabel(getTranslation("check-in.achieved"));
        achieved.setId("check-in-achieved");
        confidence.setLabel(getTranslation("check-in.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(c -> getTranslation("confidence." + c.name()));
        confidence.setId("check-in-confidence");
        comment.setLabel(getTranslation("check-in.comment"));
        comment.setPlaceholder(getTranslation("check-in.comment.placeholder"));
        comment.setId("check-in-comment");
        comment.setWidthFull();

        var yesNo = kr.measure() == Measure.YES_NO;
        if (yesNo) {
            binder.forField(achieved).withConverter(new YesNo()).bind("value");
        } else {
            binder.forField(value).bind("value");
        }
        binder.forField(confidence).bind("confidence");
        binder.forField(comment).bind("comment");
        day.setLabel(getTranslation("check-in.day"));
        day.setId("check-in-day");
        day.setLocale(getLocale());
        day.setHelperText(getTranslation("check-in.day.help"));
        DateFields.within(day, window.first(), window.last());
        binder.forField(day).bind("day");

        var layout = new FormLayout(yesNo ? achieved : value, confidence, comment, day);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(target, layout);
        setWidth("min(30rem, 96vw)");
        saveButton.addClickShortcut(Key.ENTER).listenOn(this);
        load();
        if (!yesNo) {
            value.focus();
            value.input().getElement().executeJs("setTimeout(() => this.inputElement && this.inputElement.select())");
        }
    }

    private static CheckInForm initial(KeyResultLine kr, CheckInWindow window) {
        var form = new CheckInForm();
        form.setValue(kr.current());
        form.setConfidence(kr.confidence());
        form.setDay(window.suggested());
        return form;
    }

    /** A day outside the quarter that the picker let through (sent another way, or the quarter ended meanwhile). */
    @Override
    protected boolean explainedAtField(RuntimeException e) {
        if (e instanceof CheckInOutsideQuarterException outside) {
            day.setErrorMessage(getTranslation("check-in.day.outside", TimeText.typed(outside.window().first(), getLocale()),
                    TimeText.typed(outside.window().last(), getLocale())));
            day.setInvalid(true);
            return true;
        }
        return false;
    }

    private String suffix(KeyResultLine kr) {
        return switch (kr.measure()) {
            case PERCENT -> "%";
            case MONEY -> getTranslation("check-in.currency");
            default -> kr.unit() == null ? "" : kr.unit();
        };
    }

    private static final class YesNo implements Converter<Boolean, BigDecimal> {
        @Override
        public Result<BigDecimal> convertToModel(Boolean yes, ValueContext context) {
            return Result.ok(Boolean.TRUE.equals(yes) ? BigDecimal.ONE : BigDecimal.ZERO);
        }

        @Override
        public Boolean convertToPresentation(BigDecimal value, ValueContext context) {
            return value != null && value.signum() > 0;
        }
    }
}
