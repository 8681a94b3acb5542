package no.ambisjon.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import no.ambisjon.base.domain.PlainText;

/**
 * The username a refused login form carried, kept in the browser's own session until the login page
 * shows it again, so that only the password has to be typed anew. It never goes into an address,
 * where logs and the browser's history would keep it. It tells nobody anything: it is what that
 * browser typed a moment ago, kept whatever the answer was (wrong password or a name under attack).
 */
public final class TypedUsername {

    static final String ATTRIBUTE = TypedUsername.class.getName();
    /** Longer than any address an account can have: anything past it is not worth showing again. */
    private static final int LONGEST = 254;

    private TypedUsername() {
    }

    static void keep(HttpServletRequest request) {
        var typed = request.getParameter("username");
        var session = request.getSession(false);
        if (session == null || typed == null || typed.isBlank() || typed.length() > LONGEST) {
            return;
        }
        session.setAttribute(ATTRIBUTE, PlainText.clean(typed).strip());
    }

    /** The username the last refused login in this session carried, once: the next visit starts empty. */
    public static Optional<String> take(WrappedSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String typed)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(typed);
    }
}
