package no.ambisjon.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * After the identity provider has vouched for someone: puts the staff account's own sign-in in
 * place of the provider's, as a password login would have made it, and goes home; or ends the
 * session and tells the login page why the provider's account gets in nowhere.
 */
final class StaffSignOnHandler implements AuthenticationSuccessHandler {

    private final StaffSignOn staffSignOn;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    StaffSignOnHandler(StaffSignOn staffSignOn) {
        this.staffSignOn = staffSignOn;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication provided) throws IOException {
        try {
            var signedIn = staffSignOn.signIn((OidcUser) provided.getPrincipal(), request.getRemoteAddr());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            // The session already has a new id and the idle timeout: the login's session strategy ran.
            contexts.saveContext(context, request, response);
            response.sendRedirect(request.getContextPath() + "/");
        } catch (StaffSignOn.Refused refused) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?sso=" + refused.reason.name());
        }
    }
}
