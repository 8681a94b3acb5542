package no.ambisjon.meeting;

import static no.ambisjon.base.Texts.blankToNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.CustomerPeople;
import no.ambisjon.meeting.domain.ActionItemRepository;
import no.ambisjon.meeting.domain.AgendaItem;
import no.ambisjon.meeting.domain.AgendaItemRepository;
import no.ambisjon.meeting.domain.DecisionRepository;
import no.ambisjon.meeting.domain.FrozenAction;
import no.ambisjon.meeting.domain.FrozenDecision;
import no.ambisjon.meeting.domain.FrozenLine;
import no.ambisjon.meeting.domain.FrozenMinutes;
import no.ambisjon.meeting.domain.FrozenMinutesRepository;
import no.ambisjon.meeting.domain.Meeting;
import no.ambisjon.meeting.domain.MeetingRepository;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.Quarter;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.security.Person;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Size;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's life: planned, started with its agenda, closed with its minutes frozen. Admins and the assigned consultants. */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
public class MeetingLifecycleService {

    /** Guests without a login, by name: with the attendees' names they share a column of 4000. */
    public static final int MAX_GUESTS = 500;


    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final DecisionRepository decisions;
    private final ActionItemRepository actions;
    private final FrozenMinutesRepository minutes;
    private final MeetingLoader loader;
    private final OkrQueryService okrs;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Changes changes;
    private final CustomerPeople people;
    private final ActionEntries entries;

    MeetingLifecycleService(MeetingRepository meetings, AgendaItemRepository agenda, DecisionRepository decisions,
                            ActionItemRepository actions, FrozenMinutesRepository minutes, MeetingLoader loader,
                            OkrQueryService okrs, CurrentUser currentUser, Clock clock, Changes changes,
                            CustomerPeople people, ActionEntries entries) {
        this.entries = entries;
        this.people = people;
        this.meetings = meetings;
        this.agenda = agenda;
        this.decisions = decisions;
        this.actions = actions;
        this.minutes = minutes;
        this.loader = loader;
        this.okrs = okrs;
        this.currentUser = currentUser;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * Plans a meeting with its attendees: people who may see the customer (they get the minutes) and
     * guests without a login, by name.
     *
     * @throws IllegalArgumentException when an attendee may not see the customer
     */
    public MeetingId schedule(CustomerId customerId, Instant at, Collection<Long> attendeeIds,
                              @Size(max = MAX_GUESTS) String guests) {
        var customer = loader.customer(customerId);
        var attending = people.among(customer, attendeeIds);
        if (attending.size() != Set.copyOf(attendeeIds).size()) {
            throw new IllegalArgumentException("An attendee may not see the customer");
        }
        var names = Stream.concat(attending.stream().map(Person::displayName), Stream.ofNullable(blankToNull(guests)))
                .collect(Collectors.joining(", "));
        var meeting = meetings.save(new Meeting(customer.value(), at, blankToNull(names),
                attending.stream().map(Person::id).collect(Collectors.toSet())));
        changed(meeting, ChangeKind.MEETING_SCHEDULED, at.toString());
        return new MeetingId(meeting.getId());
    }

    /** Starts the meeting with an agenda of the quarter's key results, those that need attention first. */
    public void start(MeetingId id) {
        var meeting = loader.forWrite(id);
        if (meeting.getState() != MeetingState.PLANNED) {
            throw meeting.getState() == MeetingState.CLOSED ? new MinutesFrozenException()
                    : new IllegalStateException("Only a planned meeting can start");
        }
        var quarter = okrs.currentQuarter();
        var plan = okrs.plan(new CustomerId(meeting.getCustomerId()), quarter);
        meeting.start(quarter.year(), quarter.number());
        var position = 0;
        for (var line : AgendaOrder.preview(plan)) {
            agenda.save(new AgendaItem(meeting.getId(), meeting.getCustomerId(), line.keyResult().id().value(),
                    position++));
        }
        changed(meeting, ChangeKind.MEETING_STARTED, null);
    }

    /**
     * Closes the meeting and freezes its minutes: every agenda line with its key result's words and
     * numbers as they are now, the notes, the decisions and the action items.
     */
    public void close(MeetingId id) {
        var meeting = loader.running(id);
        var quarter = new Quarter(meeting.getQuarterYear(), meeting.getQuarterNumber());
        var plan = okrs.plan(new CustomerId(meeting.getCustomerId()), quarter);
        Map<Long, KeyResultLine> live = new HashMap<>();
        Map<Long, String> objectiveTitles = new HashMap<>();
        plan.objectives().forEach(o -> o.keyResults().forEach(kr -> {
            live.put(kr.id().value(), kr);
            objectiveTitles.put(kr.id().value(), o.title());
        }));
        var lines = agenda.findByMeetingIdOrderByPosition(meeting.getId()).stream()
                .filter(item -> live.containsKey(item.getKeyResultId()))
                .map(item -> frozen(live.get(item.getKeyResultId()), objectiveTitles.get(item.getKeyResultId()),
                        item.getNote()))
                .toList();
        var decided = decisions.findByMeetingIdOrderById(meeting.getId()).stream()
                .map(d -> new FrozenDecision(d.getText(), d.getAuthorName(), d.getCreatedAt())).toList();
        var agreed = entries.frozen(actions.findByMeetingIdOrderById(meeting.getId()));
        meeting.close(clock.instant(), currentUser.require().displayName());
        minutes.save(new FrozenMinutes(meeting, quarter, share(plan.expected()), lines, decided, agreed));
        changed(meeting, ChangeKind.MEETING_CLOSED, null);
    }

    private static FrozenLine frozen(KeyResultLine kr, String objectiveTitle, String note) {
        return new FrozenLine(kr.id().value(), objectiveTitle, kr.title(), kr.measure(), kr.unit(), kr.direction(),
                kr.start(), kr.target(), kr.current(), share(kr.progress()), kr.confidence(), note,
                kr.owner() == null ? null : kr.owner().name(), kr.owner() == null ? null : kr.owner().personId());
    }

    private static BigDecimal share(double share) {
        return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
    }

    private void changed(Meeting meeting, ChangeKind kind, String subject) {
        changes.record(new MeetingChange(kind, meeting.getCustomerId(), meeting.getId(), subject));
    }
}
