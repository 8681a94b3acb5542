package no.ambisjon.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolationException;
import java.util.Objects;
import java.util.stream.Stream;
import no.ambisjon.base.ClosedForChangesException;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.security.AccessEndedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * What a user is told when an action fails where no screen expected it: someone else changed the
 * same thing first, it is gone or may not be done, or something unforeseen. Always in words, never a
 * stack trace; the unforeseen is logged, once per request. What only a forged request can cause is
 * refused without a word ({@link Refusals}).
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        var ended = AccessEndedException.in(event.getThrowable());
        var ui = UI.getCurrent();
        if (ended.isPresent()) {
            // The login page ends the session and says why.
            if (ui != null) {
                ui.getPage().setLocation("login?ended=" + ended.get().why().name());
            }
            return;
        }
        if (signedOut(event.getThrowable())) {
            if (ui != null) {
                ui.getPage().setLocation("login");
            }
            return;
        }
        var key = keyFor(event.getThrowable());
        var code = "";
        if (key.equals("error.unexpected")) {
            var request = Refusals.current();
            if (request.isPresent() && Refusals.causedByTheClientAlone(event.getThrowable())) {
                // Input no page sends: whoever sent it is told by the answer (400), the log in one line at the end.
                request.get().refuse(event.getThrowable());
                return;
            }
            code = ErrorCode.next();
            if (request.isPresent() && !request.get().first(event.getThrowable(), code)) {
                return;
            }
            log.error("Unexpected error {} in the UI", code, event.getThrowable());
        }
        if (ui != null) {
            Notification.show(ui.getTranslation(key, code), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The session's sign-in is gone (it ended elsewhere a moment ago): there is nothing to do here but sign in. */
    private static boolean signedOut(Throwable thrown) {
        return causes(thrown).anyMatch(AuthenticationCredentialsNotFoundException.class::isInstance);
    }

    private static String keyFor(Throwable thrown) {
        return causes(thrown).map(cause -> switch (cause) {
            case ConcurrentEditException e -> "error.conflict";
            case ClosedForChangesException e -> "error.closed";
            case NotFoundException e -> "error.gone";
            case AccessDeniedException e -> "error.denied";
            // The screens never send what a service's constraints refuse: the fields stop first.
            case ConstraintViolationException e -> "error.invalid";
            default -> null;
        }).filter(Objects::nonNull).findFirst().orElse("error.unexpected");
    }

    /** The failure and what caused it, outermost first. */
    private static Stream<Throwable> causes(Throwable thrown) {
        return Stream.iterate(thrown, Objects::nonNull, Throwable::getCause);
    }
}
