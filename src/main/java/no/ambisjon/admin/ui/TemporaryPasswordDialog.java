package no.ambisjon.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a temporary password once, for the admin to hand over; it is stored only as a hash. The
 * user must replace it at the first login.
 */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String displayName, String username, String password) {
        setHeaderTitle(getTranslation("admin.password.title", displayName));
        setCloseOnOutsideClick(false);
        addClassName("temporary-password-dialog");
        var field = new TextField(getTranslation("admin.password.label"));
        field.setValue(password);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setAutoselect(true);
        field.addClassName("temporary-password");
        field.setId("temporary-password");
        add(new Paragraph(getTranslation("admin.password.text", username)), field,
                new Paragraph(getTranslation("admin.password.once")));
        var done = new Button(getTranslation("admin.password.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("password-done");
        getFooter().add(done);
        setWidth("min(30rem, 98vw)");
        field.focus();
    }
}
