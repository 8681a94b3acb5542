package no.ambisjon.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OneAttemptAtATimeTest {

    @Test
    void an_attempt_waits_for_the_one_before_it_only_as_long_as_its_patience_then_is_busy() throws Exception {
        var turns = new OneAttemptAtATime(Duration.ofMillis(200));
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var first = Executors.newSingleThreadExecutor()) {
            first.submit(() -> turns.on("kari@ambisjon.no", () -> {
                holding.countDown();
                await(release);
                return "first";
            }, () -> "busy"));
            holding.await();

            assertThat(turns.on("KARI@ambisjon.no", () -> "second", () -> "busy")).as("the same name").isEqualTo("busy");
            assertThat(turns.on("ola@ambisjon.no", () -> "other", () -> "busy")).as("another name").isEqualTo("other");
            release.countDown();
        }
        assertThat(turns.on("kari@ambisjon.no", () -> "later", () -> "busy")).isEqualTo("later");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
