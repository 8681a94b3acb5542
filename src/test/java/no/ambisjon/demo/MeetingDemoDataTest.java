package no.ambisjon.demo;

import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.meeting.MeetingState;
import no.ambisjon.meeting.MeetingSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MeetingDemoDataTest {

    @Autowired
    MeetingQueryService meetings;
    @Autowired
    CustomerService customers;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @ParameterizedTest
    @CsvSource({FJELLSPORT + "," + FJELLSPORT_VIEWER, BOLGEN + "," + BOLGEN_VIEWER, OKOGARD + "," + OKOGARD_VIEWER})
    void each_demo_customer_has_minutes_to_read_and_a_meeting_ahead(String slug, String viewer) {
        signIn.as(viewer);
        var list = meetings.meetings(customers.getBySlug(slug).id());
        assertThat(list).extracting(MeetingSummary::state).containsExactlyInAnyOrder(MeetingState.CLOSED,
                MeetingState.PLANNED);
        var closed = meetings.meeting(list.stream().filter(m -> m.state() == MeetingState.CLOSED).findFirst()
                .orElseThrow().id());
        assertThat(closed.decisions()).isNotEmpty();
        assertThat(closed.actions()).isNotEmpty();
        assertThat(closed.minutes().expected()).isBetween(0.0, 1.0);
        assertThat(closed.minutes().lines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.value()).isNotNull();
            assertThat(line.title()).isNotBlank();
        });
        assertThat(closed.minutes().lines()).anySatisfy(line -> assertThat(line.note()).isNotBlank());
    }
}
