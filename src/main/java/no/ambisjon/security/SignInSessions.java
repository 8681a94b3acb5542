package no.ambisjon.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * What every sign-in does to the browser's session, whichever way it came (the login form, a mailed
 * link, a password just chosen): a new session id, so that an id planted before the sign-in is
 * worth nothing; the idle timeout of a signed-in session; a new CSRF token; and the sign-in kept in
 * the session.
 */
@Component
public class SignInSessions {

    private final SessionAuthenticationStrategy newSession;
    private final SessionAuthenticationStrategy newSessionAndToken;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInSessions(@Value("${ambisjon.session.idle-timeout:30m}") Duration idleTimeout) {
        this.newSession = new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(),
                (authentication, request, response) -> request.getSession()
                        .setMaxInactiveInterval((int) idleTimeout.toSeconds())));
        this.newSessionAndToken = new CompositeSessionAuthenticationStrategy(List.of(newSession,
                new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
    }

    /** A new session id and the idle timeout: the form login adds its own new CSRF token. */
    SessionAuthenticationStrategy newSession() {
        return newSession;
    }

    /** The new session id, the idle timeout and a new CSRF token. */
    SessionAuthenticationStrategy newSessionAndToken() {
        return newSessionAndToken;
    }

    SecurityContextRepository contexts() {
        return contexts;
    }

    /** Signs the browser of this request in, as the login form would. */
    public void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        newSessionAndToken.onAuthentication(authentication, request, response);
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
