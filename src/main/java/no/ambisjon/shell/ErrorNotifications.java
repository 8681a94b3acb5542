package no.ambisjon.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.ambisjon.base.ClosedForChangesException;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a user is told when an action fails where no screen expected it: someone else changed the
 * same thing first, it is gone or may not be done, or something unforeseen. Always in words, never a
 * stack trace; the unforeseen is logged.
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        var key = keyFor(event.getThrowable());
        if (key.equals("error.unexpected")) {
            log.error("Unexpected error in the UI", event.getThrowable());
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            Notification.show(ui.getTranslation(key), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String keyFor(Throwable thrown) {
        for (var cause = thrown; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case ConcurrentEditException e -> {
                    return "error.conflict";
                }
                case ClosedForChangesException e -> {
                    return "error.closed";
                }
                case NotFoundException e -> {
                    return "error.gone";
                }
                case AccessDeniedException e -> {
                    return "error.denied";
                }
                default -> {
                }
            }
        }
        return "error.unexpected";
    }
}
