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
        var turns = new OneAttemptAtATime(Duration.ofMillis(200), 4);
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var first = Executors.newSingleThreadExecutor()) {
            first.submit(() -> turns.on("kari@ambisjon.no", patience -> {
                holding.countDown();
                await(release);
                return "first";
            }, () -> "busy"));
            holding.await();

            assertThat(turns.on("KARI@ambisjon.no", patience -> "second", () -> "busy")).as("the same name").isEqualTo("busy");
            assertThat(turns.on("kari\u0001@ambisjon.no", patience -> "second", () -> "busy"))
                    .as("the same name with a character that is no text").isEqualTo("busy");
            assertThat(turns.on("ola@ambisjon.no", patience -> "other", () -> "busy")).as("another name").isEqualTo("other");
            release.countDown();
        }
        assertThat(turns.on("kari@ambisjon.no", patience -> "later", () -> "busy")).isEqualTo("later");
    }

    @Test
    void no_more_attempts_than_allowed_are_in_their_turn_at_once_whatever_their_names() throws Exception {
        var turns = new OneAttemptAtATime(Duration.ofMillis(200), 2);
        var holding = new CountDownLatch(2);
        var release = new CountDownLatch(1);
        try (var others = Executors.newFixedThreadPool(2)) {
            for (var name : new String[] {"kari@ambisjon.no", "ola@ambisjon.no"}) {
                others.submit(() -> turns.on(name, patience -> {
                    holding.countDown();
                    await(release);
                    return name;
                }, () -> "busy"));
            }
            holding.await();

            assertThat(turns.on("ingrid@fjellsport.no", patience -> "third", () -> "busy")).isEqualTo("busy");
            release.countDown();
        }
        assertThat(turns.on("ingrid@fjellsport.no", patience -> patience.isPositive() ? "third" : "none left", () -> "busy"))
                .as("with what is left of its patience").isEqualTo("third");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
