package no.ambisjon.meeting;

import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Meetings as the service enforces them: who may run and read them, and frozen minutes. */
@IntegrationTest
class MeetingServiceTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    CustomerService customers;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private CustomerId customer(String slug) {
        signIn.as(ADMIN);
        var id = customers.getBySlug(slug).id();
        signIn.out();
        return id;
    }

    private MeetingId runningMeeting(String slug, String consultant) {
        var customer = customer(slug);
        signIn.as(consultant);
        var id = meetings.schedule(customer, Instant.parse("2026-11-18T09:00:00Z"), "Alle");
        meetings.start(id);
        return id;
    }

    @Test
    void the_agenda_puts_what_is_behind_or_at_risk_first() {
        var id = runningMeeting(FJELLSPORT, KARI);
        var agenda = meetings.meeting(id).agenda();
        assertThat(agenda).hasSizeGreaterThanOrEqualTo(5);
        var urgent = agenda.stream().map(AgendaLine::keyResult)
                .map(kr -> kr.behind() || kr.confidence() != Confidence.ON_TRACK).toList();
        assertThat(urgent.indexOf(false)).isPositive();
        assertThat(urgent.subList(urgent.indexOf(false), urgent.size())).doesNotContain(true);
    }

    @Test
    void a_consultant_runs_the_meeting_and_the_customer_reads_frozen_minutes() {
        var id = runningMeeting(FJELLSPORT, KARI);
        var first = meetings.meeting(id).agenda().getFirst();
        meetings.focus(id, first.keyResult().id().value());
        meetings.note(id, first.id(), first.version(), "Vi prøver gratis frakt");
        meetings.decide(id, "Gratis frakt over 1 000 kr i to uker");
        meetings.addAction(id, "Sette opp testen", "Ingrid", LocalDate.of(2026, 11, 25));
        meetings.move(id, first.id(), 1);
        assertThat(meetings.meeting(id).agenda().get(1).id()).isEqualTo(first.id());
        meetings.close(id);

        signIn.as(FJELLSPORT_VIEWER);
        var minutes = meetings.meeting(id);
        assertThat(minutes.state()).isEqualTo(MeetingState.CLOSED);
        assertThat(minutes.canRun()).isFalse();
        assertThat(minutes.closedBy()).isEqualTo("Kari Nordmann");
        assertThat(minutes.decisions()).extracting(DecisionEntry::text).containsExactly("Gratis frakt over 1 000 kr i to uker");
        assertThat(minutes.actions()).extracting(ActionEntry::text, ActionEntry::owner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sette opp testen", "Ingrid"));
        var noted = minutes.agenda().stream().filter(l -> l.id() == first.id()).findFirst().orElseThrow();
        assertThat(noted.note()).isEqualTo("Vi prøver gratis frakt");
        assertThat(noted.valueAtClose()).isEqualByComparingTo(noted.keyResult().current());
        assertThat(minutes.focusKeyResultId()).isNull();
    }

    @Test
    void nobody_changes_closed_minutes() {
        var id = runningMeeting(BOLGEN, KARI);
        var line = meetings.meeting(id).agenda().getFirst();
        meetings.close(id);
        Map<String, ThrowingCallable> changes = Map.of(
                "note", () -> meetings.note(id, line.id(), line.version(), "Etterpåklokskap"),
                "decision", () -> meetings.decide(id, "Ny beslutning"),
                "action", () -> meetings.addAction(id, "Nytt tiltak", null, null),
                "focus", () -> meetings.focus(id, null),
                "move", () -> meetings.move(id, line.id(), 1),
                "close again", () -> meetings.close(id));
        for (var user : new String[] {KARI, ADMIN}) {
            signIn.as(user);
            changes.forEach((name, change) -> assertThatThrownBy(change).as(name).isInstanceOf(MinutesFrozenException.class));
        }
        signIn.as(ADMIN);
        assertThat(meetings.meeting(id).decisions()).isEmpty();
        assertThat(meetings.meeting(id).agenda().getFirst().note()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {FJELLSPORT_EDITOR, FJELLSPORT_VIEWER})
    void customer_logins_follow_and_read_but_never_run_a_meeting(String username) {
        var fjellsport = customer(FJELLSPORT);
        var id = runningMeeting(FJELLSPORT, KARI);
        var line = meetings.meeting(id).agenda().getFirst();
        signIn.as(username);
        assertThat(meetings.meeting(id).state()).isEqualTo(MeetingState.RUNNING);
        Map<String, ThrowingCallable> runs = Map.of(
                "schedule", () -> meetings.schedule(fjellsport, Instant.now(), null),
                "focus", () -> meetings.focus(id, null),
                "note", () -> meetings.note(id, line.id(), line.version(), "x"),
                "decide", () -> meetings.decide(id, "x"),
                "close", () -> meetings.close(id));
        runs.forEach((name, run) -> assertThatThrownBy(run).as(name).isInstanceOf(AccessDeniedException.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {BOLGEN_EDITOR, OKOGARD_VIEWER, OLA})
    void another_customers_people_do_not_find_the_meeting(String outsider) {
        var id = runningMeeting(FJELLSPORT, KARI);
        meetings.meeting(id); // now a read of it is shared by the screens that may show it
        var fjellsport = customer(FJELLSPORT);
        signIn.as(outsider);
        assertThatThrownBy(() -> meetings.meeting(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.meetings(fjellsport)).isInstanceOf(NotFoundException.class);
        if (outsider.equals(OLA)) {
            assertThatThrownBy(() -> meetings.focus(id, null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> meetings.close(id)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void a_read_shared_by_everyone_at_the_meeting_still_says_who_may_run_it() {
        var id = runningMeeting(FJELLSPORT, KARI);
        assertThat(meetings.meeting(id).canRun()).isTrue();
        signIn.as(FJELLSPORT_VIEWER);
        assertThat(meetings.meeting(id).canRun()).isFalse();
        signIn.as(KARI);
        assertThat(meetings.meeting(id).canRun()).isTrue();
    }

    @Test
    void open_action_items_come_up_again_in_the_next_meeting_until_done() {
        var first = runningMeeting(OKOGARD, OLA);
        meetings.addAction(first, "Ringe leverandøren", "Ola", null);
        meetings.close(first);
        var second = runningMeeting(OKOGARD, OLA);
        var carried = meetings.meeting(second).carriedActions().stream()
                .filter(a -> a.text().equals("Ringe leverandøren")).findFirst().orElseThrow();
        meetings.actionDone(second, carried.id(), true);
        assertThat(meetings.meeting(second).carriedActions()).extracting(ActionEntry::text)
                .doesNotContain("Ringe leverandøren");
    }

    @Test
    void a_check_in_during_the_meeting_shows_in_its_agenda() {
        var id = runningMeeting(FJELLSPORT, KARI);
        KeyResultLine kr = meetings.meeting(id).agenda().getFirst().keyResult();
        signIn.as(FJELLSPORT_EDITOR);
        keyResults.checkIn(kr.id(), OkrFixtures.checkIn("1500000", Confidence.ON_TRACK));
        var after = meetings.meeting(id).agenda().stream()
                .filter(l -> l.keyResult().id().equals(kr.id())).findFirst().orElseThrow();
        assertThat(after.keyResult().current()).isEqualByComparingTo("1500000");
    }
}
