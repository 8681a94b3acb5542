package no.ambisjon.okr.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import no.ambisjon.KaribuTest;
import no.ambisjon.base.live.LiveUpdates;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A change made elsewhere appears on an open page without a reload. */
class LiveOkrPageTest extends KaribuTest {

    @Autowired
    OkrFixtures fixtures;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    LiveUpdates liveUpdates;

    private static String rowsText() {
        return String.join("|", _find(Component.class, spec -> spec.withClasses("key-result-row")).stream()
                .map(c -> c.getElement().getTextRecursively().replace('\u00a0', ' ')).toList());
    }

    /** Lets the broadcaster deliver, then runs what it queued for this UI, as push would. */
    private static void awaitPush(String expected) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
            if (rowsText().contains(expected)) {
                return;
            }
        }
        assertThat(rowsText()).as("within a second").contains(expected);
    }

    @Test
    void a_check_in_from_another_device_appears_on_the_open_page_within_a_second() throws Exception {
        var made = fixtures.objective(FJELLSPORT, 1, 0);
        loginAs(KARI);
        UI.getCurrent().navigate("customers/" + FJELLSPORT, QueryParameters.of("quarter", made.quarter().toString()));
        assertThat(rowsText()).contains("100 besøk av 200 besøk");

        // Ingrid checks in from her own device: another thread with her own sign-in.
        var otherDevice = new Thread(() -> {
            signIn.as(FJELLSPORT_EDITOR);
            keyResults.checkIn(made.keyResult(), OkrFixtures.checkIn("175", Confidence.AT_RISK));
            signIn.out();
        });
        otherDevice.start();
        otherDevice.join();

        awaitPush("175 besøk av 200 besøk");
        assertThat(rowsText()).contains("Usikker", "Ingrid Fjeld");
    }

    @Test
    void a_page_listens_while_it_is_open_and_not_after() {
        var made = fixtures.objective(FJELLSPORT, 1, 0);
        var before = liveUpdates.subscriberCount();
        loginAs(FJELLSPORT_VIEWER);
        UI.getCurrent().navigate("customers/" + FJELLSPORT, QueryParameters.of("quarter", made.quarter().toString()));
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before + 1);
        UI.getCurrent().navigate("key-results/" + made.keyResult().value());
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before + 1);
        closeBrowser();
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before);
    }
}
