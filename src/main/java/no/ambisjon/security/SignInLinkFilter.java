package no.ambisjon.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Signs in with a mailed link to sign in: the link opens a page ({@code ui.SignInLinkView}) whose
 * button posts its token here, with the page's CSRF token, so that a mail scanner that only follows
 * links spends nothing. A sign-in like the login form's: a new session id, the idle timeout, home.
 */
final class SignInLinkFilter extends AbstractAuthenticationProcessingFilter {

    static final String PATH = "/login/link";

    private final Logins logins;

    SignInLinkFilter(Logins logins, SignInSessions sessions) {
        super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH));
        this.logins = logins;
        // As the login form: a new session id, the idle timeout, and a new CSRF token for the new session.
        setSessionAuthenticationStrategy(sessions.newSessionAndToken());
        setSecurityContextRepository(sessions.contexts());
        setAuthenticationSuccessHandler(new SimpleUrlAuthenticationSuccessHandler("/"));
        setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler("/login?link=gone"));
        // Never asked: the link is checked by Logins, not by a provider.
        setAuthenticationManager(authentication -> authentication);
    }

    @Override
    public org.springframework.security.core.Authentication attemptAuthentication(HttpServletRequest request,
                                                                                 HttpServletResponse response) {
        try {
            return logins.withLink(request.getParameter("token"), request.getRemoteAddr());
        } catch (OptimisticLockingFailureException usedAtTheSameTime) {
            // The same link posted twice at once: the other post used it.
            throw new LoginRefused("link-gone");
        }
    }
}
