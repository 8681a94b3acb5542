package no.ambisjon.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.IntegrationTest;
import no.ambisjon.MovableClock;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.meeting.ScreenPairingService.Pairing;
import no.ambisjon.okr.CommentService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.security.ScreenReads;
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

    private ScreenPairingService.WaitingScreen aScreen() {
        signIn.out();
        return screens.newCode();
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
