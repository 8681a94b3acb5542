package no.ambisjon.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a signed-in user is checked against the account as it is now ({@link AccessCheck}):
 * a sign-in that is no longer good ends its session before anything is served, and the login page
 * says why; a raised role counts from this request on.
 */
class CurrentAccessFilter extends OncePerRequestFilter {

    /** A session attribute: the session's sign-in ended while it was open, and why; its next request ends it. */
    static final String ENDED = "ambisjon.ended";

    private final AccessCheck check;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CurrentAccessFilter(AccessCheck check) {
        this.check = check;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var context = SecurityContextHolder.getContext();
        var verdict = session != null && session.getAttribute(ENDED) instanceof String why
                ? new AccessCheck.Gone(AccessCheck.Ended.valueOf(why)) : check.check(context.getAuthentication());
        switch (verdict) {
            case AccessCheck.Gone gone -> {
                if (end(request, response, session, gone.why())) {
                    return;
                }
            }
            case AccessCheck.Refreshed refreshed -> {
                context.setAuthentication(refreshed.authentication());
                contexts.saveContext(context, request, response);
            }
            case null, default -> {
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Ends the session, and sends a page load to the login page, which says why; a background
     * request goes on signed out, and leaves the reason in a cookie for the login page.
     *
     * @return whether the browser was sent to the login page
     */
    private static boolean end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
                               AccessCheck.Ended why) throws IOException {
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        var cookie = new Cookie(AccessCheck.ENDED_COOKIE, why.name());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(300);
        response.addCookie(cookie);
        if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
            response.sendRedirect(request.getContextPath() + "/login?ended=" + why.name());
            return true;
        }
        return false;
    }
}
