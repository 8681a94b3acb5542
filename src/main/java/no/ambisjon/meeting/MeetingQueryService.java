package no.ambisjon.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.CustomerPeople;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.customer.TenantGuard;
import no.ambisjon.meeting.domain.ActionItemRepository;
import no.ambisjon.meeting.domain.AgendaItemRepository;
import no.ambisjon.meeting.domain.DecisionRepository;
import no.ambisjon.meeting.domain.FrozenLine;
import no.ambisjon.meeting.domain.FrozenMinutes;
import no.ambisjon.meeting.domain.FrozenMinutesRepository;
import no.ambisjon.meeting.domain.Meeting;
import no.ambisjon.meeting.domain.MeetingRepository;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.QuarterPlan;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads triad meetings. Everyone who sees a customer sees its meetings and reads their minutes;
 * closed minutes come only from what was frozen when the meeting closed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingQueryService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final DecisionRepository decisions;
    private final ActionItemRepository actions;
    private final FrozenMinutesRepository frozenMinutes;
    private final MeetingLoader loader;
    private final OkrQueryService okrs;
    private final CustomerService customers;
    private final TenantGuard tenantGuard;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MeetingSnapshots snapshots;
    private final TransactionTemplate reading;
    private final CustomerPeople people;
    private final ActionEntries entries;

    MeetingQueryService(MeetingRepository meetings, AgendaItemRepository agenda, DecisionRepository decisions,
                        ActionItemRepository actions, FrozenMinutesRepository frozenMinutes, MeetingLoader loader,
                        OkrQueryService okrs,
                        CustomerService customers, TenantGuard tenantGuard, CurrentUser currentUser, Clock clock,
                        MeetingSnapshots snapshots, PlatformTransactionManager transactions, CustomerPeople people,
                        ActionEntries entries) {
        this.entries = entries;
        this.people = people;
        this.meetings = meetings;
        this.agenda = agenda;
        this.decisions = decisions;
        this.actions = actions;
        this.frozenMinutes = frozenMinutes;
        this.loader = loader;
        this.okrs = okrs;
        this.customers = customers;
        this.tenantGuard = tenantGuard;
        this.currentUser = currentUser;
        this.clock = clock;
        this.snapshots = snapshots;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
    }

    public List<MeetingSummary> meetings(CustomerId customerId) {
        loader.customer(customerId);
        return meetings.findByCustomerIdOrderByScheduledAtDesc(customerId.value()).stream()
                .map(m -> new MeetingSummary(new MeetingId(m.getId()), m.getScheduledAt(), m.getAttendees(),
                        m.getState()))
                .toList();
    }

    /**
     * The meeting as the user may see it. Every screen of a running meeting asks for it after each
     * change, so a read another screen has just made is shared (see {@link MeetingSnapshots}); the
     * user's right to see the customer is checked on every call all the same.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public MeetingDetail meeting(MeetingId id) {
        var detail = snapshots.fresh(id.value()).orElse(null);
        if (detail != null) {
            tenantGuard.requireVisible(detail.customer().id().value());
        } else {
            detail = reading.execute(status -> {
                var meeting = loader.meeting(id);
                return snapshots.get(meeting.getId(), meeting.getCustomerId(), () -> read(meeting));
            });
        }
        var role = currentUser.require().role();
        return detail.forUser(role == Role.ADMIN || role == Role.CONSULTANT);
    }

    /**
     * The frozen minutes of a meeting that has just closed, read past the shared snapshots (which may
     * still hold it running), and those of its attendees with a login who may see the customer now.
     */
    @Transactional(readOnly = true)
    public MinutesToSend minutesToSend(MeetingId id) {
        var meeting = loader.meeting(id);
        if (meeting.getState() != MeetingState.CLOSED) {
            throw new IllegalStateException("The meeting has not closed");
        }
        var customer = new CustomerId(meeting.getCustomerId());
        return new MinutesToSend(minutes(meeting, loader.minutes(meeting)).forUser(false),
                people.among(customer, meeting.getAttendeeIds()));
    }

    /** The meeting as everyone who may see it sees it; whether the user may run it comes on top. */
    private MeetingDetail read(Meeting meeting) {
        if (meeting.getState() == MeetingState.CLOSED) {
            return minutes(meeting, loader.minutes(meeting));
        }
        var quarter = meeting.getQuarterYear() == null ? okrs.currentQuarter()
                : new Quarter(meeting.getQuarterYear(), meeting.getQuarterNumber());
        var plan = okrs.plan(new CustomerId(meeting.getCustomerId()), quarter);
        var lines = meeting.getState() == MeetingState.PLANNED ? AgendaOrder.preview(plan) : agendaOf(meeting, plan);
        var previous = frozenMinutes.findFirstByCustomerIdOrderByClosedAtDesc(meeting.getCustomerId()).orElse(null);
        PreviousMeeting before = null;
        if (previous != null) {
            lines = since(previous, lines, plan.customer().id());
            before = new PreviousMeeting(new MeetingId(previous.getMeetingId()),
                    meetings.scheduledAtOf(previous.getMeetingId()), previous.getClosedAt(),
                    (int) actions.countDoneSince(meeting.getCustomerId(), previous.getClosedAt()));
        }
        var decided = decisions.findByMeetingIdOrderById(meeting.getId()).stream()
                .map(d -> new DecisionEntry(d.getId(), d.getText(), d.getAuthorName(), d.getCreatedAt())).toList();
        var agreed = entries.of(actions.findByMeetingIdOrderById(meeting.getId()));
        var carried = entries.of(actions.findOpenFromEarlierMeetings(meeting.getCustomerId(), meeting.getId()));
        return new MeetingDetail(new MeetingId(meeting.getId()), plan.customer(), quarter, plan.expected(),
                meeting.getScheduledAt(), meeting.getAttendees(), meeting.getState(), meeting.getFocusKeyResultId(),
                lines, decided, agreed, carried, false, null, before);
    }

    /** Each line with what moved since the previous minutes froze it; a key result new since has nothing. */
    private List<AgendaLine> since(FrozenMinutes previous, List<AgendaLine> lines, CustomerId customer) {
        var then = new HashMap<Long, FrozenLine>();
        previous.getLines().forEach(line -> then.put(line.keyResultId(), line));
        var checkIns = okrs.checkInsSince(customer, previous.getClosedAt());
        return lines.stream().map(line -> {
            var kr = line.keyResult();
            var frozen = then.get(kr.id().value());
            return frozen == null ? line : line.since(KeyResultSince.of(frozen.value(), frozen.progress().doubleValue(),
                    kr, checkIns.getOrDefault(kr.id(), 0)));
        }).toList();
    }

    /** A closed meeting, from its frozen minutes alone. */
    private MeetingDetail minutes(Meeting meeting, FrozenMinutes frozen) {
        var named = entries.namedIn(frozen);
        var lines = frozen.getLines().stream().map(l -> new MinutesLine(l.keyResultId(), l.objectiveTitle(),
                l.keyResultTitle(), l.measure(), l.unit(), l.direction(), l.startValue(), l.targetValue(), l.value(),
                l.progress().doubleValue(), l.confidence(), l.note(), ActionEntries.atClose(l.owner(), l.ownerId(), named)))
                .toList();
        var frozenDecisions = frozen.getDecisions();
        var decided = IntStream.range(0, frozenDecisions.size()).mapToObj(i -> new DecisionEntry(i,
                frozenDecisions.get(i).text(), frozenDecisions.get(i).authorName(), frozenDecisions.get(i).decidedAt()))
                .toList();
        var agreed = ActionEntries.ofMinutes(frozen.getActions(), named);
        var expected = frozen.getExpected() == null ? null : frozen.getExpected().doubleValue();
        return new MeetingDetail(new MeetingId(meeting.getId()), customers.get(new CustomerId(meeting.getCustomerId())),
                frozen.getQuarter(), expected == null ? 0 : expected, meeting.getScheduledAt(), frozen.getAttendees(),
                MeetingState.CLOSED, null, List.of(), decided, agreed, List.of(), false,
                new Minutes(frozen.getClosedAt(), frozen.getClosedBy(), expected, lines), null);
    }

    /**
     * The next meeting and the open action items of each of the customers, in two statements
     * however many they are. Customers the user may not see are left out.
     */
    public Map<CustomerId, MeetingOutlook> outlook(Collection<CustomerId> customerIds) {
        var scope = tenantGuard.scope();
        var ids = customerIds.stream().map(CustomerId::value).filter(scope::includes).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        var startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        var next = new HashMap<Long, java.time.Instant>();
        meetings.findNextPlanned(ids, startOfToday).forEach(row -> next.put(row.customerId(), row.at()));
        var open = new HashMap<Long, Integer>();
        actions.countOpenByCustomer(ids).forEach(row -> open.put(row.customerId(), (int) row.count()));
        var outlook = new HashMap<CustomerId, MeetingOutlook>();
        ids.forEach(id -> outlook.put(new CustomerId(id), new MeetingOutlook(next.get(id), open.getOrDefault(id, 0))));
        return outlook;
    }

    private List<AgendaLine> agendaOf(Meeting meeting, QuarterPlan plan) {
        var lines = new HashMap<Long, KeyResultLine>();
        var titles = new HashMap<Long, String>();
        for (var objective : plan.objectives()) {
            objective.keyResults().forEach(kr -> {
                lines.put(kr.id().value(), kr);
                titles.put(kr.id().value(), objective.title());
            });
        }
        return agenda.findByMeetingIdOrderByPosition(meeting.getId()).stream()
                .filter(item -> lines.containsKey(item.getKeyResultId()))
                .map(item -> new AgendaLine(item.getId(), lines.get(item.getKeyResultId()),
                        titles.get(item.getKeyResultId()), item.getNote(), null))
                .toList();
    }
}
