package no.ambisjon.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;

/** A password field whose button to show the password is named in the reader's language, not "Show password". */
public class LocalisedPasswordField extends PasswordField {

    public LocalisedPasswordField() {
        getElement().executeJs(nameRevealButton("this"), getTranslation("component.password.reveal"));
    }

    /**
     * The script that names the reveal button of the password field {@code field} (a script
     * expression; the name is the script's first argument): Flow's PasswordFieldI18n has no key for it.
     */
    public static String nameRevealButton(String field) {
        return "const field = " + field + "; if (field) { field.i18n = Object.assign({}, field.i18n, {reveal: $0}); }";
    }
}
