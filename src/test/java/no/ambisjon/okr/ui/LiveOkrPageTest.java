package no.ambisjon.okr.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A change made elsewhere appears on an open page without a reload, in the elements already there. */
class LiveOkrPageTest extends KaribuTest {

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures fixtures;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    LiveUpdates liveUpdates;

    private TestCustomer customer;

    @BeforeEach
    void aCustomer() {
        customer = testCustomers.create();
    }

    private static List<Component> rows() {
        return _find(Component.class, spec -> spec.withClasses("key-result-row"));
    }

    private static String rowsText() {
        return String.join("|", rows().stream().map(KaribuTest::text).toList());
    }

    @Test
    void a_check_in_from_another_device_appears_on_the_open_page_within_a_second() {
        var made = fixtures.objective(customer, 1, 0);
        loginAs(customer.consultant());
        navigate("customers/" + customer.slug());
        assertThat(rowsText()).contains("100 av 200 besøk");
        var row = rows().getFirst();

        // The editor checks in from her own device: another thread with her own sign-in.
        signIn.onAnotherDevice(customer.editor(),
                () -> keyResults.checkIn(made.keyResult(), OkrFixtures.checkIn("175", Confidence.AT_RISK)));

        awaitPush("the new value", () -> rowsText().contains("175 av 200 besøk"));
        assertThat(rowsText()).contains("Usikker", customer.editorName());
        assertThat(rows()).as("the row takes the new figures; it is not rebuilt").containsExactly(row);
    }

    @Test
    void a_page_listens_while_it_is_open_and_not_after() {
        var made = fixtures.objective(customer, 1, 0);
        var before = liveUpdates.subscriberCount();
        loginAs(customer.viewer());
        navigate("customers/" + customer.slug());
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before + 1);
        navigate("key-results/" + made.keyResult().value());
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before + 1);
        closeBrowser();
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before);
    }
}
