package no.ambisjon.live;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The threads and the clock live updates run on. */
@Configuration(proxyBeanMethods = false)
class LiveConfig {

    /**
     * The coalescing window runs on real time, not on the application's {@code Clock} bean, which
     * a demo or a test may hold still.
     */
    @Bean
    LiveUpdates liveUpdates(LiveThreads threads, @Value("${ambisjon.live.coalesce-millis:250}") long coalesceMillis) {
        return new LiveUpdates(Clock.systemUTC(), threads.timer(), threads.delivery(), Duration.ofMillis(coalesceMillis));
    }

    /** Not beans of their own: an executor bean would take the place of Spring Boot's task executor. */
    @Bean
    LiveThreads liveThreads() {
        var timer = new ThreadPoolTaskScheduler();
        timer.setThreadNamePrefix("live-updates-timer-");
        timer.setDaemon(true);
        timer.initialize();
        // Screens of different sessions refresh in parallel; one session's screens take turns on its lock anyway.
        var delivery = Executors.newFixedThreadPool(Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 8),
                runnable -> {
                    var thread = new Thread(runnable, "live-updates");
                    thread.setDaemon(true);
                    return thread;
                });
        return new LiveThreads(timer, delivery);
    }

    record LiveThreads(ThreadPoolTaskScheduler timer, ExecutorService delivery) implements AutoCloseable {
        @Override
        public void close() {
            timer.shutdown();
            delivery.shutdownNow();
        }
    }
}
