package no.ambisjon.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.meeting.MeetingAgendaService;
import no.ambisjon.meeting.MeetingFixtures;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.ScreenPairingService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.customer.CustomerAdminService;
import no.ambisjon.security.ClientAddress;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserChange;
import no.ambisjon.security.ui.LoginView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A meeting-room TV at /screen, paired by its code: what it shows, and what it cannot open. */
class ScreenViewTest extends KaribuTest {

    @Autowired
    ScreenPairingService screens;
    @Autowired
    MeetingAgendaService agenda;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    MeetingFixtures meetingsOf;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    CustomerAdminService customerAdmin;

    private TestCustomer customer;
    private OkrFixtures.Made objective;
    private MeetingId meeting;

    @BeforeEach
    void aRunningMeeting() {
        customer = testCustomers.create();
        objective = okr.objective(customer, 3, 1);
        meeting = meetingsOf.running(customer);
    }

    /**
     * Every browser of these tests is at the same address, on a clock that stands still: the codes
     * shown here are forgotten after each test, so that they never reach the address's limit.
     */
    @AfterEach
    void forgetTheCodesShownHere() {
        jdbc.update("delete from screen_pairing where address = ?", ClientAddress.current());
    }

    private static String shownCode() {
        return _get(Div.class, spec -> spec.withId("screen-code")).getText();
    }

    private static void poll() {
        _get(ScreenView.class).check();
    }

    private static int rows() {
        return _find(Component.class, spec -> spec.withClasses("presentation-row")).size();
    }

    private void pairedBy(String consultant, MeetingId into, String code) {
        signIn.onAnotherDevice(consultant, () -> screens.pair(into, code));
    }

    @Test
    void an_unpaired_screen_shows_only_its_code_in_large_type() {
        openAnonymously();
        navigate("screen");

        assertThat(shownCode()).matches("[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}");
        assertThat(text(_get(ScreenView.class))).isEqualTo(shownCode());
        assertThat(rows()).isZero();
    }

    @Test
    void once_its_code_is_typed_in_the_console_the_screen_shows_that_meeting_and_follows_it() {
        openAnonymously();
        navigate("screen");
        pairedBy(customer.consultant(), meeting, shownCode());
        poll();

        assertThat(_find(Div.class, spec -> spec.withId("screen-code"))).as("the code is gone").isEmpty();
        assertThat(rows()).isEqualTo(3);
        assertThat(text(_get(ScreenView.class))).contains(customer.name());

        signIn.onAnotherDevice(customer.consultant(), () -> agenda.focus(meeting, objective.keyResult().value()));
        awaitPush("the presenter's focus", () -> !_find(Component.class, spec -> spec.withId("focused-key-result")).isEmpty());
    }

    @Test
    void a_paired_screen_opens_no_other_meeting_or_customer_by_address() {
        var other = testCustomers.create();
        okr.objective(other, 1, 1);
        var otherMeeting = meetingsOf.running(other);
        openAnonymously();
        navigate("screen");
        pairedBy(customer.consultant(), meeting, shownCode());
        poll();
        assertThat(rows()).isEqualTo(3);

        for (var address : new String[] {"meetings/" + otherMeeting.value() + "/present", "meetings/" + meeting.value(),
                "customers/" + other.slug(), "customers/" + customer.slug(), ""}) {
            navigate(address);
            assertThat(currentView()).as(address).isEqualTo(LoginView.class);
        }
    }

    @Test
    void removed_from_the_console_the_screen_shows_a_new_code() {
        openAnonymously();
        navigate("screen");
        var first = shownCode();
        pairedBy(customer.consultant(), meeting, first);
        poll();
        assertThat(rows()).isEqualTo(3);

        signIn.onAnotherDevice(customer.consultant(),
                () -> screens.remove(meeting, screens.screens(meeting).getFirst().id()));
        awaitPush("the screen's removal", () -> !_find(Div.class, spec -> spec.withId("screen-code")).isEmpty());
        assertThat(shownCode()).isNotEqualTo(first);
        assertThat(rows()).isZero();
    }

    @Test
    void a_screen_shows_a_new_code_at_once_when_its_consultant_or_its_customer_is_deactivated() {
        openAnonymously();
        navigate("screen");
        pairedBy(customer.consultant(), meeting, shownCode());
        poll();
        assertThat(rows()).isEqualTo(3);

        signIn.onAnotherDevice(ADMIN, () -> {
            var consultant = userAdmin.users().stream().filter(u -> u.username().equals(customer.consultant()))
                    .findFirst().orElseThrow();
            userAdmin.update(consultant.id(), consultant.version(), UserChange.of(consultant, consultant.role(), false));
        });
        awaitPush("the consultant's deactivation", () -> !_find(Div.class, spec -> spec.withId("screen-code")).isEmpty());
        assertThat(rows()).isZero();

        var another = testCustomers.create();
        okr.objective(another, 1, 1);
        pairedBy(ADMIN, meetingsOf.running(another), shownCode());
        poll();
        assertThat(rows()).as("paired by an admin").isEqualTo(1);
        signIn.onAnotherDevice(ADMIN, () -> customerAdmin.setActive(another.id().value(), customerAdmin.customers().stream()
                .filter(c -> c.id() == another.id().value()).findFirst().orElseThrow().version(), false));
        awaitPush("the customer's deactivation", () -> !_find(Div.class, spec -> spec.withId("screen-code")).isEmpty());
        assertThat(rows()).isZero();
    }
}
