package no.ambisjon.coach;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The words that make a key result's title read as an activity, in Norwegian and English: the guide's
 * own examples (newsletters sent, webinars, a triad meeting a week) are things done, not achieved.
 * Only words that rarely name an outcome: "solgte telt" (tents sold) is a result, "sendte e-poster" is not.
 */
final class ActivityWords {

    private static final Set<String> WORDS = Set.of(
            "sendt", "sende", "sendes", "sendte", "utsendelse", "utsendelser", "utsendinger",
            "publisert", "publisere", "publiseres", "publiserte", "gjennomført", "gjennomføre", "gjennomførte",
            "avholdt", "avholde", "arrangert", "arrangere", "arrangerte", "webinar", "webinarer", "webinarene",
            "triademøte", "triademøter",
            "sent", "send", "sends", "sending", "published", "publish", "publishing", "hosted",
            "webinars", "organised", "organized");

    private ActivityWords() {
    }

    static boolean in(String title) {
        return title != null && Arrays.stream(CustomerNames.normalise(title).split(" "))
                .map(word -> word.toLowerCase(Locale.ROOT)).anyMatch(WORDS::contains);
    }
}
