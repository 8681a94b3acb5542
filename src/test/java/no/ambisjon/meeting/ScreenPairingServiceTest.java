package no.ambisjon.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static no.ambisjon.demo.DemoData.ADMIN;

import java.time.Duration;
import java.util.Set;
import no.ambisjon.WebLogins;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.IntegrationTest;
import no.ambisjon.MovableClock;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.CustomerAdminService;
import no.ambisjon.customer.CustomerForm;
import no.ambisjon.customer.CustomerRow;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.meeting.ScreenPairingService.Pairing;
import no.ambisjon.okr.CommentService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.security.ScreenReads;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Meeting-room screens paired by code, as a consultant, the screen and someone guessing would try it. */
@IntegrationTest
class ScreenPairingServiceTest {

    @Autowired
    ScreenPairingService screens;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    CommentService comments;
    @Autowired
    ScreenReads screenReads;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    SignIn signIn;
    @Autowired
    MovableClock clock;
    @Autowired
    MeetingFixtures meetingsOf;
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
        objective = okr.objective(customer, 2, 1);
        meeting = meetingsOf.running(customer);
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(FixedClockConfig.NOW.toInstant());
        signIn.out();
    }

    private void asAdmin(Runnable work) {
        signIn.as(ADMIN);
        try {
            work.run();
        } finally {
            signIn.out();
        }
    }

    private CustomerRow row(TestCustomer of) {
        return customerAdmin.customers().stream().filter(c -> c.id() == of.id().value()).findFirst().orElseThrow();
    }

    private ScreenPairingService.WaitingScreen aScreen() {
        signIn.out();
        return screens.newCode(WebLogins.newAddress()).orElseThrow();
    }

    private Pairing typed(String consultant, MeetingId into, String code) {
        signIn.as(consultant);
        try {
            return screens.pair(into, code);
        } finally {
            signIn.out();
        }
    }

    @Test
    void a_screen_shows_a_code_that_pairs_it_to_the_meeting_once() {
        var screen = aScreen();
        assertThat(screen.code()).matches("[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}");
        assertThat(screens.binding(screen.token())).as("waiting").isEmpty();

        assertThat(typed(customer.consultant(), meeting, screen.code().toLowerCase().replace("-", " ")))
                .isEqualTo(Pairing.PAIRED);

        assertThat(screens.binding(screen.token())).hasValueSatisfying(binding -> {
            assertThat(binding.meetingId()).isEqualTo(meeting);
            assertThat(binding.customerId()).isEqualTo(customer.id().value());
        });
        var other = testCustomers.create();
        var otherMeeting = meetingsOf.running(other);
        assertThat(typed(other.consultant(), otherMeeting, screen.code())).as("used").isEqualTo(Pairing.WRONG_CODE);
        assertThat(screens.binding(screen.token()).orElseThrow().meetingId()).isEqualTo(meeting);
    }

    @Test
    void a_code_older_than_ten_minutes_pairs_nothing() {
        var screen = aScreen();
        clock.move(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(typed(customer.consultant(), meeting, screen.code())).isEqualTo(Pairing.WRONG_CODE);
        assertThat(screens.binding(screen.token())).isEmpty();
    }

    @Test
    void five_wrong_codes_make_the_user_wait_ten_minutes_even_for_the_right_one() {
        var screen = aScreen();
        for (int i = 0; i < 5; i++) {
            assertThat(typed(customer.consultant(), meeting, "AAA-AA" + (i + 2))).isEqualTo(Pairing.WRONG_CODE);
        }
        assertThat(typed(customer.consultant(), meeting, screen.code())).isEqualTo(Pairing.TOO_MANY_WRONG_CODES);
        assertThat(screens.binding(screen.token())).isEmpty();

        clock.move(Duration.ofMinutes(9));
        var fresh = aScreen();
        clock.move(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(typed(customer.consultant(), meeting, fresh.code())).isEqualTo(Pairing.PAIRED);
    }

    @Test
    void only_who_may_run_the_meeting_pairs_a_screen_to_it() {
        var screen = aScreen();
        signIn.as(customer.editor());
        assertThatThrownBy(() -> screens.pair(meeting, screen.code())).isInstanceOf(AccessDeniedException.class);
        var other = testCustomers.create();
        signIn.as(other.consultant());
        assertThatThrownBy(() -> screens.pair(meeting, screen.code())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> screens.screens(meeting)).isInstanceOf(NotFoundException.class);
        signIn.out();

        assertThat(screens.binding(screen.token())).isEmpty();
    }

    @Test
    void a_pairing_ends_when_removed_when_the_meeting_closes_and_after_twelve_hours() {
        var removed = aScreen();
        typed(customer.consultant(), meeting, removed.code());
        signIn.as(customer.consultant());
        var on = screens.screens(meeting);
        assertThat(on).singleElement().satisfies(s -> assertThat(s.pairedBy()).isEqualTo(customer.consultantName()));
        screens.remove(meeting, on.getFirst().id());
        assertThat(screens.binding(removed.token())).isEmpty();
        assertThat(screens.screens(meeting)).isEmpty();

        var late = aScreen();
        typed(customer.consultant(), meeting, late.code());
        clock.move(Duration.ofHours(12));
        assertThat(screens.binding(late.token())).isEmpty();

        clock.set(FixedClockConfig.NOW.toInstant());
        var closing = aScreen();
        typed(customer.consultant(), meeting, closing.code());
        assertThat(screens.binding(closing.token())).isPresent();
        signIn.as(customer.consultant());
        lifecycle.close(meeting);
        assertThat(screens.binding(closing.token())).isEmpty();
    }

    @Test
    void a_pairing_ends_when_whoever_paired_it_may_no_longer_run_the_meeting() {
        var byAdmin = aScreen();
        typed(ADMIN, meeting, byAdmin.code());
        var deactivatedConsultant = aScreen();
        typed(customer.consultant(), meeting, deactivatedConsultant.code());
        assertThat(screens.binding(deactivatedConsultant.token())).isPresent();

        asAdmin(() -> {
            var consultant = userAdmin.users().stream().filter(u -> u.username().equals(customer.consultant())).findFirst().orElseThrow();
            userAdmin.update(consultant.id(), consultant.version(), UserChange.of(consultant, consultant.role(), false));
        });
        assertThat(screens.binding(deactivatedConsultant.token())).as("its consultant deactivated").isEmpty();
        assertThat(screens.binding(byAdmin.token())).as("the admin's").isPresent();

        var other = testCustomers.create();
        var otherMeeting = meetingsOf.running(other);
        var takenOff = aScreen();
        typed(other.consultant(), otherMeeting, takenOff.code());
        asAdmin(() -> {
            var form = CustomerForm.of(row(other));
            form.setConsultantIds(Set.of());
            customerAdmin.update(other.id().value(), row(other).version(), form);
        });
        assertThat(screens.binding(takenOff.token())).as("its consultant taken off the customer").isEmpty();

        asAdmin(() -> customerAdmin.setActive(customer.id().value(), row(customer).version(), false));
        assertThat(screens.binding(byAdmin.token())).as("the customer deactivated, even the admin's").isEmpty();
    }

    @Test
    void one_address_gets_a_bounded_number_of_codes_in_ten_minutes_and_others_are_not_held_up() {
        signIn.out();
        var office = WebLogins.newAddress();
        for (int i = 0; i < ScreenPairingService.CODES_PER_ADDRESS; i++) {
            assertThat(screens.newCode(office)).isPresent();
        }
        assertThat(screens.newCode(office)).as("one more from the same address").isEmpty();
        assertThat(screens.newCode(WebLogins.newAddress())).as("another address").isPresent();

        clock.move(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(screens.newCode(office)).as("ten minutes later").isPresent();
    }

    @Test
    void a_paired_screen_reads_its_customer_only_and_changes_nothing() {
        var screen = aScreen();
        typed(customer.consultant(), meeting, screen.code());
        var binding = screens.binding(screen.token()).orElseThrow();
        var otherMeeting = meetingsOf.running(testCustomers.create());

        var shown = screenReads.as(binding.pairingId(), binding.customerId(), Language.NB, binding.pairedAt(),
                () -> meetings.meeting(binding.meetingId()));
        assertThat(shown.agenda()).hasSize(2);
        assertThat(shown.canRun()).isFalse();
        assertThatThrownBy(() -> screenReads.as(binding.pairingId(), binding.customerId(), Language.NB,
                binding.pairedAt(), () -> meetings.meeting(otherMeeting))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> screenReads.as(binding.pairingId(), binding.customerId(), Language.NB,
                binding.pairedAt(), () -> {
                    comments.onKeyResult(objective.keyResult(), "Fra skjermen");
                    return null;
                })).isInstanceOf(AccessDeniedException.class);
    }
}
