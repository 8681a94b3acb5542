package no.ambisjon.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfig {

    /** The scheduled jobs; the tests run them by hand ({@code ambisjon.scheduling.enabled=false}). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "ambisjon.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduling {
    }
}
