package no.ambisjon;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Tests run on a fixed day, 18 November 2026 (day 49 of 92 in Q4), so that expected progress, the
 * demo data and "behind" never depend on the day the build runs. The clock stands still; a test that
 * needs time to pass moves it and puts it back ({@link MovableClock#set} to {@link #NOW}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfig {

    public static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 18, 9, 0, 0, 0, ZoneId.of("Europe/Oslo"));

    @Bean
    @Primary
    MovableClock fixedClock() {
        return new MovableClock(NOW.toInstant(), NOW.getZone());
    }
}
