package no.ambisjon.meeting;

import static no.ambisjon.demo.DemoData.ADMIN;
import static no.ambisjon.okr.OkrFixtures.checkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.IntegrationTest;
import no.ambisjon.MovableClock;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.CustomerPeople;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.Progress;
import no.ambisjon.okr.Standing;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Meetings as the services enforce them: who may run and read them, and frozen minutes. */
@IntegrationTest
class MeetingServiceTest {

    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    MeetingAgendaService agenda;
    @Autowired
    MeetingMinutesService minutes;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    CustomerPeople people;
    @Autowired
    OkrFixtures okr;
    @Autowired
    SignIn signIn;
    @Autowired
    MovableClock clock;

    private TestCustomer customer;
    private OkrFixtures.Made objective;

    @BeforeEach
    void aCustomerWithKeyResults() {
        customer = testCustomers.create();
        objective = okr.objective(customer, 3, 1);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private MeetingId runningMeeting() {
        signIn.as(customer.consultant());
        var id = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), "Alle");
        lifecycle.start(id);
        return id;
    }

    @Test
    void the_agenda_takes_what_needs_attention_first_then_what_is_at_risk() {
        var onTrack = objective.keyResults().get(0);
        var atRisk = objective.keyResults().get(1);
        var behind = objective.keyResults().get(2);
        signIn.as(customer.editor());
        keyResults.checkIn(onTrack, checkIn("190", Confidence.ON_TRACK));
        keyResults.checkIn(atRisk, checkIn("190", Confidence.AT_RISK));
        keyResults.checkIn(behind, checkIn("101", Confidence.ON_TRACK));

        var id = runningMeeting();
        assertThat(meetings.meeting(id).agenda()).extracting(line -> line.keyResult().id(), line -> line.keyResult().standing())
                .containsExactly(tuple(behind, Standing.NEEDS_ATTENTION), tuple(atRisk, Standing.AT_RISK),
                        tuple(onTrack, Standing.ON_TRACK));
    }

    @Test
    void among_key_results_that_stand_alike_one_whose_forecast_falls_short_comes_first() {
        var other = okr.objective(customer, 2, 0);
        var reaches = other.keyResults().get(0);
        var fallsShort = other.keyResults().get(1);
        signIn.as(customer.editor());
        keyResults.checkIn(reaches, checkIn("200", Confidence.ON_TRACK));
        keyResults.checkIn(fallsShort, checkIn("145", Confidence.ON_TRACK));

        var id = runningMeeting();
        var onTrack = meetings.meeting(id).agenda().stream().map(AgendaLine::keyResult)
                .filter(kr -> kr.id().equals(reaches) || kr.id().equals(fallsShort)).toList();
        assertThat(onTrack).extracting(kr -> kr.id(), kr -> kr.standing(), kr -> kr.forecastMisses())
                .containsExactly(tuple(fallsShort, Standing.ON_TRACK, true), tuple(reaches, Standing.ON_TRACK, false));
    }

    @Test
    void a_first_meeting_has_nothing_to_compare_with() {
        var id = runningMeeting();

        var meeting = meetings.meeting(id);
        assertThat(meeting.previous()).isNull();
        assertThat(meeting.agenda()).allSatisfy(line -> assertThat(line.since()).isNull());
    }

    @Test
    void the_next_meeting_shows_what_moved_since_the_last_ones_frozen_minutes() {
        var first = runningMeeting();
        minutes.addAction(first, "Sette opp testen", null, "Ingrid", null);
        var action = meetings.meeting(first).actions().getFirst().id();
        var moving = objective.keyResults().get(0);
        var still = objective.keyResults().get(1);
        lifecycle.close(first);
        try {
            clock.move(Duration.ofDays(7));
            signIn.as(customer.editor());
            keyResults.checkIn(moving, checkIn("130", Confidence.ON_TRACK));
            keyResults.checkIn(moving, checkIn("125", Confidence.AT_RISK));
            var added = keyResults.add(objective.objective(), OkrFixtures.keyResult("Nytt siden sist", "0", "10"));
            signIn.as(customer.consultant());
            var next = lifecycle.schedule(customer.id(), Instant.parse("2026-11-25T09:00:00Z"), List.of(), null);
            lifecycle.start(next);
            minutes.actionDone(next, action, true);

            var meeting = meetings.meeting(next);
            assertThat(meeting.previous().id()).isEqualTo(first);
            assertThat(meeting.previous().actionsDone()).isEqualTo(1);
            var since = meeting.agenda().stream().collect(java.util.stream.Collectors.toMap(
                    line -> line.keyResult().id(), line -> java.util.Optional.ofNullable(line.since())));
            assertThat(since.get(moving)).hasValueSatisfying(s -> {
                assertThat(s.valueBefore()).isEqualByComparingTo("101");
                assertThat(s.valueChange()).isEqualByComparingTo("24");
                assertThat(s.progressPoints()).isEqualTo(24);
                assertThat(s.checkIns()).isEqualTo(2);
            });
            assertThat(since.get(still)).hasValueSatisfying(s -> {
                assertThat(s.moved()).isFalse();
                assertThat(s.checkIns()).isZero();
            });
            assertThat(since.get(added)).as("not in the last minutes").isEmpty();
        } finally {
            clock.set(FixedClockConfig.NOW.toInstant());
        }
    }

    @Test
    void a_consultant_runs_the_meeting_and_the_customer_reads_frozen_minutes() {
        var id = runningMeeting();
        var first = meetings.meeting(id).agenda().getFirst();
        agenda.focus(id, first.keyResult().id().value());
        agenda.note(id, first.id(), null, "Vi prøver gratis frakt");
        minutes.decide(id, "Gratis frakt over 1 000 kr i to uker");
        minutes.addAction(id, "Sette opp testen", null, "Ingrid", LocalDate.of(2026, 11, 25));
        agenda.move(id, first.id(), 1);
        assertThat(meetings.meeting(id).agenda().get(1).id()).isEqualTo(first.id());
        lifecycle.close(id);

        signIn.as(customer.viewer());
        var closed = meetings.meeting(id);
        assertThat(closed.state()).isEqualTo(MeetingState.CLOSED);
        assertThat(closed.canRun()).isFalse();
        assertThat(closed.minutes().closedBy()).isEqualTo(customer.consultantName());
        assertThat(closed.decisions()).extracting(DecisionEntry::text).containsExactly("Gratis frakt over 1 000 kr i to uker");
        assertThat(closed.actions()).extracting(ActionEntry::text, ActionEntry::owner)
                .containsExactly(tuple("Sette opp testen", no.ambisjon.security.Owner.guest("Ingrid")));
        assertThat(closed.minutes().lines()).hasSize(3);
        var noted = closed.minutes().lines().get(1);
        assertThat(noted.keyResultId()).isEqualTo(first.keyResult().id().value());
        assertThat(noted.note()).isEqualTo("Vi prøver gratis frakt");
        assertThat(noted.value()).isEqualByComparingTo(first.keyResult().current());
        assertThat(noted.title()).isEqualTo(first.keyResult().title());
        assertThat(closed.minutes().expected()).as("the share of the quarter passed on the day it closed")
                .isCloseTo(Progress.expected(objective.quarter(), LocalDate.of(2026, 11, 18)), within(0.0001));
        assertThat(closed.focusKeyResultId()).isNull();
        assertThat(closed.agenda()).as("closed minutes are not read from live key results").isEmpty();
    }

    @Test
    void nobody_changes_closed_minutes() {
        var id = runningMeeting();
        var line = meetings.meeting(id).agenda().getFirst();
        minutes.addAction(id, "Ringe leverandøren", null, null, null);
        var actionId = meetings.meeting(id).actions().getFirst().id();
        lifecycle.close(id);
        Map<String, ThrowingCallable> changes = Map.of(
                "note", () -> agenda.note(id, line.id(), null, "Etterpåklokskap"),
                "decision", () -> minutes.decide(id, "Ny beslutning"),
                "action", () -> minutes.addAction(id, "Nytt tiltak", null, null, null),
                "action done", () -> minutes.actionDone(id, actionId, true),
                "focus", () -> agenda.focus(id, null),
                "move", () -> agenda.move(id, line.id(), 1),
                "start again", () -> lifecycle.start(id),
                "close again", () -> lifecycle.close(id));
        for (var user : List.of(customer.consultant(), ADMIN)) {
            signIn.as(user);
            changes.forEach((name, change) -> assertThatThrownBy(change).as(name).isInstanceOf(MinutesFrozenException.class));
        }
        signIn.as(ADMIN);
        var closed = meetings.meeting(id);
        assertThat(closed.decisions()).isEmpty();
        assertThat(closed.actions()).extracting(ActionEntry::done).containsExactly(false);
        assertThat(closed.minutes().lines().getFirst().note()).isNull();
    }

    @Test
    void customer_logins_follow_and_read_but_never_run_a_meeting() {
        var id = runningMeeting();
        var line = meetings.meeting(id).agenda().getFirst();
        for (var login : List.of(customer.editor(), customer.viewer())) {
            signIn.as(login);
            assertThat(meetings.meeting(id).state()).isEqualTo(MeetingState.RUNNING);
            Map<String, ThrowingCallable> runs = Map.of(
                    "schedule", () -> lifecycle.schedule(customer.id(), Instant.now(), List.of(), null),
                    "start", () -> lifecycle.start(id),
                    "focus", () -> agenda.focus(id, null),
                    "note", () -> agenda.note(id, line.id(), null, "x"),
                    "decide", () -> minutes.decide(id, "x"),
                    "close", () -> lifecycle.close(id));
            runs.forEach((name, run) -> assertThatThrownBy(run).as(name).isInstanceOf(AccessDeniedException.class));
        }
    }

    @Test
    void another_customers_people_find_neither_the_minutes_to_send_nor_the_people_to_send_them_to() {
        var id = runningMeeting();
        lifecycle.close(id);
        var other = testCustomers.create();
        for (var outsider : List.of(other.editor(), other.viewer(), other.consultant())) {
            signIn.as(outsider);
            assertThatThrownBy(() -> meetings.minutesToSend(id)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> people.people(customer.id())).as(outsider).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void another_customers_people_do_not_find_the_meeting() {
        var id = runningMeeting();
        meetings.meeting(id); // now a read of it is shared by the screens that may show it
        var line = meetings.meeting(id).agenda().getFirst();
        var other = testCustomers.create();
        for (var outsider : List.of(other.editor(), other.viewer(), other.consultant())) {
            signIn.as(outsider);
            assertThatThrownBy(() -> meetings.meeting(id)).as(outsider).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> meetings.meetings(customer.id())).as(outsider).isInstanceOf(NotFoundException.class);
            assertThat(meetings.outlook(List.of(customer.id()))).as(outsider).isEmpty();
        }
        signIn.as(other.consultant());
        Map<String, ThrowingCallable> runs = Map.of(
                "schedule", () -> lifecycle.schedule(customer.id(), Instant.now(), List.of(), null),
                "start", () -> lifecycle.start(id),
                "focus", () -> agenda.focus(id, null),
                "move", () -> agenda.move(id, line.id(), 1),
                "note", () -> agenda.note(id, line.id(), null, "x"),
                "decide", () -> minutes.decide(id, "x"),
                "act", () -> minutes.addAction(id, "x", null, null, null),
                "close", () -> lifecycle.close(id));
        runs.forEach((name, run) -> assertThatThrownBy(run).as(name).isInstanceOf(NotFoundException.class));
        signIn.as(customer.consultant());
        assertThat(meetings.meeting(id).decisions()).isEmpty();
        assertThat(meetings.meeting(id).state()).isEqualTo(MeetingState.RUNNING);
    }

    @Test
    void an_agenda_line_or_action_of_another_meeting_is_not_found_in_this_one() {
        var first = runningMeeting();
        minutes.addAction(first, "Eget tiltak", null, null, null);
        var firstLine = meetings.meeting(first).agenda().getFirst();
        var other = testCustomers.create();
        okr.objective(other, 1, 0);
        signIn.as(other.consultant());
        var foreign = lifecycle.schedule(other.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), null);
        lifecycle.start(foreign);
        signIn.as(ADMIN);
        var actionId = meetings.meeting(first).actions().getFirst().id();
        assertThatThrownBy(() -> agenda.note(foreign, firstLine.id(), null, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agenda.move(foreign, firstLine.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> minutes.actionDone(foreign, actionId, true)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_read_shared_by_everyone_at_the_meeting_still_says_who_may_run_it() {
        var id = runningMeeting();
        assertThat(meetings.meeting(id).canRun()).isTrue();
        signIn.as(customer.viewer());
        assertThat(meetings.meeting(id).canRun()).isFalse();
        signIn.as(customer.consultant());
        assertThat(meetings.meeting(id).canRun()).isTrue();
    }

    @Test
    void open_action_items_come_up_again_in_the_next_meeting_until_done() {
        var first = runningMeeting();
        minutes.addAction(first, "Ringe leverandøren", null, "Ola", null);
        lifecycle.close(first);
        var second = runningMeeting();
        var carried = meetings.meeting(second).carriedActions().stream()
                .filter(a -> a.text().equals("Ringe leverandøren")).findFirst().orElseThrow();
        minutes.actionDone(second, carried.id(), true);
        assertThat(meetings.meeting(second).carriedActions()).extracting(ActionEntry::text)
                .doesNotContain("Ringe leverandøren");
        assertThat(meetings.meeting(first).actions()).as("the first meeting's minutes say what was so then")
                .extracting(ActionEntry::text, ActionEntry::done).containsExactly(tuple("Ringe leverandøren", false));
    }

    @Test
    void a_check_in_during_the_meeting_shows_in_its_agenda() {
        var id = runningMeeting();
        var kr = meetings.meeting(id).agenda().getFirst().keyResult();
        signIn.as(customer.editor());
        keyResults.checkIn(kr.id(), checkIn("150", Confidence.ON_TRACK));
        var after = meetings.meeting(id).agenda().stream()
                .filter(l -> l.keyResult().id().equals(kr.id())).findFirst().orElseThrow();
        assertThat(after.keyResult().current()).isEqualByComparingTo("150");
    }

    @Test
    void of_two_people_writing_the_same_note_the_second_is_told_and_nothing_is_overwritten() {
        var id = runningMeeting();
        var line = meetings.meeting(id).agenda().getFirst();
        agenda.note(id, line.id(), null, "Første notat");
        assertThatThrownBy(() -> agenda.note(id, line.id(), null, "Andre notat, skrevet samtidig"))
                .isInstanceOf(no.ambisjon.base.ConcurrentEditException.class);
        agenda.note(id, line.id(), "Første notat", "Andre notat, etter å ha lest det første");
        assertThat(meetings.meeting(id).agenda().stream().filter(l -> l.id() == line.id()).findFirst().orElseThrow()
                .note()).isEqualTo("Andre notat, etter å ha lest det første");
    }
}
