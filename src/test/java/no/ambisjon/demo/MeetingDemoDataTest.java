package no.ambisjon.demo;

import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.meeting.MeetingService;
import no.ambisjon.meeting.MeetingState;
import no.ambisjon.meeting.MeetingSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MeetingDemoDataTest {

    @Autowired
    MeetingService meetings;
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
        assertThat(list).extracting(MeetingSummary::state).contains(MeetingState.CLOSED, MeetingState.PLANNED);
        // Other tests add meetings of their own to the shared database; the demo's is among the closed ones.
        var closed = list.stream().filter(m -> m.state() == MeetingState.CLOSED).map(m -> meetings.meeting(m.id()));
        assertThat(closed).anySatisfy(minutes -> {
            assertThat(minutes.decisions()).isNotEmpty();
            assertThat(minutes.actions()).isNotEmpty();
            assertThat(minutes.agenda()).isNotEmpty().allSatisfy(line -> assertThat(line.valueAtClose()).isNotNull());
            assertThat(minutes.agenda()).anySatisfy(line -> assertThat(line.note()).isNotBlank());
        });
    }
}
