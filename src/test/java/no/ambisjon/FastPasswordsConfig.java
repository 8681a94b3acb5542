package no.ambisjon;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt at its lowest cost in the browserless tests, which make many logins: the same hashes and
 * checks as the application's, made in a millisecond instead of a tenth of a second. It counts the
 * passwords it checks, so that a test sees which attempts cost a hash.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastPasswordsConfig {

    @Bean
    @Primary
    CountingPasswordEncoder fastPasswordEncoder() {
        return new CountingPasswordEncoder(new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4))));
    }

    public static final class CountingPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private final AtomicLong checks = new AtomicLong();

        CountingPasswordEncoder(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        /** Passwords checked against a hash so far, by anyone in this JVM. */
        public long checks() {
            return checks.get();
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return encoder.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }
}
