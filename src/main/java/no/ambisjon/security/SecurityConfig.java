package no.ambisjon.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import no.ambisjon.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SsoSettings.class)
class SecurityConfig {

    /**
     * What the browser may load and run: only this site, with the inline start-up script and the
     * generated functions Vaadin's client engine needs, and no framing by anyone else.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessCheck accessCheck, SignInSessions signIns,
                                            ObjectProvider<ClientRegistrationRepository> identityProvider,
                                            StaffSignOn staffSignOn, RequestUtil requests, Logins logins) throws Exception {
        // The app's own stylesheet is needed on the login page too.
        // The load balancer asks whether the node is up and ready (Actuator exposes nothing else).
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/actuator/health", "/actuator/health/*")
                .permitAll());
        // At login: a new session id (no fixation), and the idle timeout for the signed-in session.
        http.sessionManagement(management -> management.sessionAuthenticationStrategy(signIns.newSession()));
        // While a name is under attack, the login page says to look for a mailed link; otherwise it says
        // the same whatever went wrong.
        // (The login page is named here too: Vaadin names it only after this form login has been set up.)
        // The username typed goes back to the form by the session, never by the address.
        http.formLogin(form -> form.loginPage("/login").failureHandler((request, response, failure) -> {
            TypedUsername.keep(request);
            response.sendRedirect(request.getContextPath() + (failure instanceof LoginRefused refused
                    && refused.toConfirmByMail() ? "/login?confirm" : "/login?error"));
        }));
        // The link itself, posted from the page it opens.
        http.addFilterBefore(new SignInLinkFilter(logins, signIns), UsernamePasswordAuthenticationFilter.class);
        // Agency staff may sign in with the agency's identity provider, when one is configured.
        if (identityProvider.getIfAvailable() != null) {
            http.oauth2Login(sso -> sso.loginPage("/login")
                    .successHandler(new StaffSignOnHandler(staffSignOn))
                    .failureHandler((request, response, failure) -> response.sendRedirect(
                            request.getContextPath() + "/login?sso=" + SsoRefusal.FAILED.name())));
        }
        // Every request of a signed-in user meets the account as it is now.
        http.addFilterAfter(new CurrentAccessFilter(accessCheck), SecurityContextHolderFilter.class);
        // Written before the request is served: Vaadin's pages commit the response in ways that would
        // otherwise leave them out.
        http.headers(headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frames -> frames.sameOrigin())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
        });
        // Vaadin's own requests carry Vaadin's token; everything else posted, the login form included,
        // carries Spring Security's (Vaadin puts it in every page's meta tags, where its login form
        // finds it), so that no other site can sign a browser in.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requests::isFrameworkInternalRequest));
        // Addresses that are no view reach Vaadin's router, which shows "not found" to a signed-in user.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * The login form's username and password go to {@link Logins}, with the address they came from:
     * refused at once when the throttle says so, otherwise one attempt on a name at a time.
     */
    @Bean
    AuthenticationProvider accountAuthentication(Logins logins) {
        var inTurn = new OneAttemptAtATime(Logins.PATIENCE, Logins.AT_ONCE);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        ? details.getRemoteAddress() : ClientAddress.UNKNOWN;
                var password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
                var username = authentication.getName();
                logins.screen(username, address);
                return inTurn.on(username, patience -> logins.authenticate(username, password, address, patience), () -> {
                    logins.busy(username, address);
                    return null;
                });
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    /** bcrypt by default; the {id} prefix lets the hash algorithm change without a reset for everyone. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
