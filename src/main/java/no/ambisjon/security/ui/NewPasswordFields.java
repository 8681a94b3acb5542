package no.ambisjon.security.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import no.ambisjon.base.ui.LocalisedPasswordField;
import no.ambisjon.security.PasswordPolicy;

/** A new password typed twice, with the policy's rule under it; what is wrong is said at its field. */
final class NewPasswordFields {

    final PasswordField next = new LocalisedPasswordField();
    final PasswordField repeat = new LocalisedPasswordField();

    NewPasswordFields() {
        next.setLabel(next.getTranslation("password.new"));
        next.setHelperText(next.getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        next.setId("new-password");
        repeat.setLabel(repeat.getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        for (var field : new PasswordField[] {next, repeat}) {
            field.setWidthFull();
            field.addValueChangeListener(e -> field.setInvalid(false));
        }
    }

    /** Whether both say the same; if not, it says so at the second. */
    boolean repeated() {
        if (next.getValue().equals(repeat.getValue())) {
            return true;
        }
        refuse(repeat, "password.mismatch");
        return false;
    }

    /** Says at {@code field} why the password was refused, and puts the caret there. */
    static void refuse(PasswordField field, String key) {
        field.setErrorMessage(field.getTranslation(key, PasswordPolicy.MIN_LENGTH));
        field.setInvalid(true);
        field.focus();
    }
}
