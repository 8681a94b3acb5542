package no.ambisjon.security.ui;

import no.ambisjon.base.ui.LocalisedPasswordField;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ambisjon.security.AccountService;
import no.ambisjon.security.PasswordRejectedException;

/** The user's own password: changed at will, and first of all after a temporary one. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final Paragraph intro = new Paragraph();
    private final PasswordField current = new LocalisedPasswordField();
    private final NewPasswordFields password = new NewPasswordFields();

    ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("change-password-view");
        setMaxWidth("32rem");
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        current.setWidthFull();
        current.addValueChangeListener(e -> current.setInvalid(false));
        var save = new Button(getTranslation("password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("save-password");
        add(new H1(getTranslation("password.title")), intro, current, password.next, password.repeat, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        intro.setText(getTranslation(accounts.mustChangePassword() ? "password.intro.temporary" : "password.intro"));
    }

    void save() {
        if (!password.repeated()) {
            return;
        }
        try {
            accounts.changePassword(current.getValue(), password.next.getValue());
        } catch (PasswordRejectedException e) {
            NewPasswordFields.refuse(e.messageKey().equals("password.current-wrong") ? current : password.next,
                    e.messageKey());
            return;
        }
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
