package no.ambisjon.base.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.Size;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import no.ambisjon.base.ConcurrentEditException;

/**
 * A dialog that edits one form bean: Bean Validation messages at the fields, and when someone else
 * saved the same thing first, a clear message while everything the user typed stays where it is.
 */
public abstract class FormDialog<T> extends Dialog {

    protected final BeanValidationBinder<T> binder;
    private final Class<T> type;
    protected final Button saveButton;
    private final T bean;
    private final SerializableConsumer<T> save;
    private final SerializableRunnable onSaved;
    private final String savedKey;
    private final Div problem = new Div();

    protected FormDialog(Class<T> type, T bean, String heading, SerializableConsumer<T> save, SerializableRunnable onSaved, String savedKey) {
        this.binder = new BeanValidationBinder<>(type);
        this.type = type;
        this.bean = bean;
        this.save = save;
        this.onSaved = onSaved;
        this.savedKey = savedKey;
        setHeaderTitle(heading);
        setCloseOnOutsideClick(false);
        addClassName("form-dialog");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(problem);

        saveButton = new Button(getTranslation("action.save"), e -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("save");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel");
        getFooter().add(cancel, saveButton);
    }

    /** Called by subclasses once their fields are bound. */
    protected void load() {
        limitTexts();
        binder.readBean(bean);
    }

    /**
     * Each text field takes no more than its property may hold (its {@code @Size}, which is its
     * column's length): what would be refused on saving cannot be typed.
     */
    private void limitTexts() {
        for (var property : type.getDeclaredFields()) {
            var size = property.getAnnotation(Size.class);
            if (size == null || size.max() == Integer.MAX_VALUE) {
                continue;
            }
            binder.getBinding(property.getName()).map(Binder.Binding::getField).ifPresent(field -> {
                if (field instanceof TextField text) {
                    text.setMaxLength(size.max());
                } else if (field instanceof TextArea area) {
                    area.setMaxLength(size.max());
                }
            });
        }
    }

    protected T bean() {
        return bean;
    }

    /**
     * A dialog whose service refuses some input only the server can judge (e.g. a name already
     * taken) shows why at the field and returns {@code true}; anything else is not the user's to fix.
     */
    protected boolean explainedAtField(RuntimeException e) {
        return false;
    }

    /** Marks a field invalid with a message from the bundles, until the user changes it. */
    protected void invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    protected void trySave() {
        problem.setVisible(false);
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        try {
            save.accept(bean);
        } catch (ConcurrentEditException e) {
            problem.setText(getTranslation("form.conflict"));
            problem.setVisible(true);
            return;
        } catch (RuntimeException e) {
            if (!explainedAtField(e)) {
                throw e;
            }
            return;
        }
        close();
        onSaved.run();
        Notification.show(getTranslation(savedKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
