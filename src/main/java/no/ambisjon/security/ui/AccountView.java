package no.ambisjon.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.ambisjon.security.AccountService;
import no.ambisjon.security.CurrentUser;

/** The user's own account: who they are here, the mail they want, and their password. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox reminders = new Checkbox();

    AccountView(AccountService accounts, CurrentUser currentUser) {
        addClassName("account-view");
        setMaxWidth("40rem");
        var user = currentUser.require();
        var who = new Paragraph(getTranslation("account.who", user.displayName(), user.username(),
                getTranslation("role." + user.role().name())));
        who.setId("account-who");

        reminders.setLabel(getTranslation("account.reminders"));
        reminders.setHelperText(getTranslation("account.reminders.help"));
        reminders.setId("check-in-reminders");
        reminders.setValue(user.role().isRemindedToCheckIn() && accounts.checkInReminders());
        reminders.addValueChangeListener(e -> {
            accounts.chooseCheckInReminders(e.getValue());
            Notification.show(getTranslation(e.getValue() ? "account.reminders.on" : "account.reminders.off"), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });

        var password = new Button(getTranslation("nav.password"), VaadinIcon.KEY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        password.setId("change-password");

        add(new H1(getTranslation("account.title")), who);
        if (user.role().isRemindedToCheckIn()) {
            add(new H2(getTranslation("account.mail")), reminders);
        }
        add(new H2(getTranslation("account.password")), password);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
