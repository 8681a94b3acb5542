package no.ambisjon.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Arrays;
import no.ambisjon.base.ui.FormDialog;
import no.ambisjon.security.Role;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserChange;
import no.ambisjon.security.UserRow;

/**
 * One user's name, role and access, and a new link to set a password when they have forgotten theirs.
 * The role list offers only what the account may become: agency staff stay agency staff, a customer
 * login stays a login of its customer.
 */
class UserDialog extends FormDialog<UserChange> {

    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final Checkbox active = new Checkbox();
    private final UserRow user;
    private final UserAdminService admin;
    private final SerializableRunnable onChanged;
    private final String linkSentKey;

    /** @param linkSentKey what the admin is told when a new link has gone: where it went */
    UserDialog(UserRow user, String customerName, boolean self, UserAdminService admin, SerializableRunnable onChanged,
               String linkSentKey) {
        super(UserChange.class, UserChange.of(user), user.displayName(),
                change -> admin.update(user.id(), user.version(), change), onChanged, "admin.user.saved");
        this.user = user;
        this.admin = admin;
        this.onChanged = onChanged;
        this.linkSentKey = linkSentKey;

        var username = new TextField(getTranslation("admin.user.username"), user.username(), "");
        username.setReadOnly(true);
        displayName.setLabel(getTranslation("admin.user.name"));
        displayName.setId("user-display-name");
        role.setLabel(getTranslation("admin.user.role"));
        role.setItems(Arrays.stream(Role.values()).filter(r -> r.isAgencyStaff() == user.role().isAgencyStaff()).toList());
        role.setItemLabelGenerator(r -> getTranslation("admin.role-with-kind." + r.name()));
        role.setId("user-role-field");
        if (customerName != null) {
            role.setHelperText(getTranslation("admin.user.role.customer-help", customerName));
        }
        active.setLabel(getTranslation("admin.user.active"));
        active.setId("user-active");
        if (self) {
            role.setReadOnly(true);
            active.setReadOnly(true);
            role.setHelperText(getTranslation("admin.user.self"));
        }
        binder.forField(displayName).bind("displayName");
        binder.forField(role).bind("role");
        binder.forField(active).bind("active");
        var layout = new FormLayout(username, displayName, role, active);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);

        var reset = new Button(getTranslation("admin.user.send-link"), VaadinIcon.ENVELOPE_O.create(), e -> confirmReset());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setId("send-password-link");
        reset.addClassName("footer-start");
        getFooter().addComponentAsFirst(reset);
        setWidth("min(30rem, 98vw)");
        load();
    }

    private void confirmReset() {
        var confirm = new ConfirmDialog(getTranslation("admin.user.send-link.title", user.displayName()),
                getTranslation("admin.user.send-link.text", user.displayName()),
                getTranslation("admin.user.send-link"), e -> {
                    admin.sendPasswordLink(user.id());
                    close();
                    onChanged.run();
                    Notification.show(getTranslation(linkSentKey, user.displayName()), 6000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("confirm-send-link");
        confirm.open();
    }
}
