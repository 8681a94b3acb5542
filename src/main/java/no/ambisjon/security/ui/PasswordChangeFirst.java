package no.ambisjon.security.ui;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.ambisjon.security.AccountService;
import no.ambisjon.security.CurrentUser;
import org.springframework.stereotype.Component;

/** A user who signed in with a temporary password goes nowhere but to error pages before choosing a new one. */
@Component
class PasswordChangeFirst implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeFirst(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            var target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class && !HasErrorParameter.class.isAssignableFrom(target)
                    && currentUser.get().isPresent() && accounts.mustChangePassword()) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
