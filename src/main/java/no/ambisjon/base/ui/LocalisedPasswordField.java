package no.ambisjon.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;

/** A password field whose button to show the password is named in the reader's language, not "Show password". */
public class LocalisedPasswordField extends PasswordField {

    public LocalisedPasswordField() {
        // The web component's own i18n; Flow's PasswordFieldI18n has no key for the reveal button.
        getElement().executeJs("this.i18n = Object.assign({}, this.i18n, {reveal: $0})",
                getTranslation("component.password.reveal"));
    }
}
