package no.ambisjon.base;

import java.time.Clock;
import no.ambisjon.base.ui.TimeText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /** The agency works in Norway; quarters and "today" are Oslo time. Tests replace this bean. */
    @Bean
    Clock clock() {
        return Clock.system(TimeText.ZONE);
    }
}
