package no.ambisjon.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/** The agency's identity provider, read from its discovery document at start: only when an issuer is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${ambisjon.sso.issuer:}'.isBlank()")
class SsoConfig {

    @Bean
    ClientRegistrationRepository agencyIdentityProvider(SsoSettings settings) {
        return new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(SsoSettings.REGISTRATION)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope("openid", "email", "profile")
                .build());
    }
}
