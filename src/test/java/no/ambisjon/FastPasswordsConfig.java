package no.ambisjon;

import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt at its lowest cost in the browserless tests, which make many logins: the same hashes and
 * checks as the application's, made in a millisecond instead of a tenth of a second.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastPasswordsConfig {

    @Bean
    @Primary
    PasswordEncoder fastPasswordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }
}
