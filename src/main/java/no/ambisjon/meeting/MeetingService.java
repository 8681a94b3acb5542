package no.ambisjon.meeting;

import static no.ambisjon.base.Texts.blankToNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.base.audit.AuditKind;
import no.ambisjon.base.audit.AuditLog;
import no.ambisjon.base.live.CustomerChanged;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.TenantGuard;
import no.ambisjon.meeting.domain.ActionItem;
import no.ambisjon.meeting.domain.ActionItemRepository;
import no.ambisjon.meeting.domain.AgendaItem;
import no.ambisjon.meeting.domain.AgendaItemRepository;
import no.ambisjon.meeting.domain.Decision;
import no.ambisjon.meeting.domain.DecisionRepository;
import no.ambisjon.meeting.domain.Meeting;
import no.ambisjon.meeting.domain.MeetingRepository;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.ObjectiveCard;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.QuarterPlan;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Triad meetings. Everyone who sees a customer sees its meetings and reads their minutes; admins
 * and the assigned consultants run them. A closed meeting's minutes are frozen.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    private static final String RUNNERS = "hasAnyRole('ADMIN', 'CONSULTANT')";

    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final DecisionRepository decisions;
    private final ActionItemRepository actions;
    private final OkrQueryService okrs;
    private final TenantGuard tenantGuard;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MeetingSnapshots snapshots;
    private final TransactionTemplate reading;
    private final AuditLog audit;

    MeetingService(MeetingRepository meetings, AgendaItemRepository agenda, DecisionRepository decisions,
                   ActionItemRepository actions, OkrQueryService okrs, TenantGuard tenantGuard,
                   CurrentUser currentUser, Clock clock, ApplicationEventPublisher events, MeetingSnapshots snapshots,
                   PlatformTransactionManager transactions, AuditLog audit) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.decisions = decisions;
        this.actions = actions;
        this.okrs = okrs;
        this.tenantGuard = tenantGuard;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.snapshots = snapshots;
        this.audit = audit;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
    }

    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings(CustomerId customerId) {
        tenantGuard.requireVisible(customerId.value());
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
    @Transactional(propagation = Propagation.SUPPORTS)
    public MeetingDetail meeting(MeetingId id) {
        var detail = snapshots.fresh(id.value()).orElse(null);
        if (detail != null) {
            tenantGuard.requireVisible(detail.customer().id().value());
        } else {
            detail = reading.execute(status -> {
                var meeting = load(id);
                return snapshots.get(meeting.getId(), meeting.getCustomerId(), () -> read(meeting));
            });
        }
        var role = currentUser.require().role();
        return detail.forUser(role == Role.ADMIN || role == Role.CONSULTANT);
    }

    /** The meeting as everyone who may see it sees it; whether the user may run it comes on top. */
    private MeetingDetail read(Meeting meeting) {
        var id = new MeetingId(meeting.getId());
        var quarter = meeting.getQuarterYear() == null ? okrs.currentQuarter()
                : new Quarter(meeting.getQuarterYear(), meeting.getQuarterNumber());
        var plan = okrs.plan(new CustomerId(meeting.getCustomerId()), quarter);
        var customer = plan.customer();
        var lines = meeting.getState() == MeetingState.PLANNED ? preview(plan) : agendaOf(meeting, plan);
        var decided = decisions.findByMeetingIdOrderById(meeting.getId()).stream()
                .map(d -> new DecisionEntry(d.getId(), d.getText(), d.getAuthorName(), d.getCreatedAt())).toList();
        var agreed = actions.findByMeetingIdOrderById(meeting.getId()).stream().map(MeetingService::entry).toList();
        var carried = meeting.getState() == MeetingState.CLOSED ? List.<ActionEntry>of()
                : actions.findOpenFromEarlierMeetings(meeting.getCustomerId(), meeting.getId()).stream()
                        .map(MeetingService::entry).toList();
        return new MeetingDetail(id, customer, quarter, plan.expected(), meeting.getScheduledAt(),
                meeting.getAttendees(), meeting.getState(), meeting.getFocusKeyResultId(), lines, decided, agreed,
                carried, false, meeting.getClosedBy(), meeting.getClosedAt());
    }

    /**
     * The next meeting and the open action items of each of the customers, in two statements
     * however many they are. Customers the user may not see are left out.
     */
    @Transactional(readOnly = true)
    public Map<CustomerId, MeetingOutlook> outlook(Collection<CustomerId> customerIds) {
        var scope = tenantGuard.scope();
        var ids = customerIds.stream().map(CustomerId::value).filter(scope::includes).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        var next = new HashMap<Long, Instant>();
        var startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        meetings.findNextPlanned(ids, startOfToday).forEach(row -> next.put((Long) row[0], (Instant) row[1]));
        var open = new HashMap<Long, Integer>();
        actions.countOpenByCustomer(ids).forEach(row -> open.put((Long) row[0], ((Number) row[1]).intValue()));
        var outlook = new HashMap<CustomerId, MeetingOutlook>();
        ids.forEach(id -> outlook.put(new CustomerId(id), new MeetingOutlook(next.get(id), open.getOrDefault(id, 0))));
        return outlook;
    }

    @PreAuthorize(RUNNERS)
    public MeetingId schedule(CustomerId customerId, Instant at, String attendees) {
        tenantGuard.requireVisible(customerId.value());
        var meeting = meetings.save(new Meeting(customerId.value(), at, blankToNull(attendees)));
        changed(meeting, AuditKind.MEETING_SCHEDULED, at.toString());
        return new MeetingId(meeting.getId());
    }

    /** Starts the meeting with an agenda of the quarter's key results, those behind or at risk first. */
    @PreAuthorize(RUNNERS)
    public void start(MeetingId id) {
        var meeting = load(id);
        if (meeting.getState() != MeetingState.PLANNED) {
            throw new IllegalStateException("Only a planned meeting can start");
        }
        var quarter = okrs.currentQuarter();
        var plan = okrs.plan(new CustomerId(meeting.getCustomerId()), quarter);
        meeting.start(quarter.year(), quarter.number());
        var position = 0;
        for (var line : preview(plan)) {
            agenda.save(new AgendaItem(meeting.getId(), meeting.getCustomerId(), line.keyResult().id().value(),
                    position++));
        }
        changed(meeting, AuditKind.MEETING_STARTED, null);
    }

    /** What every screen of the meeting shows: one key result, or the overview ({@code null}). */
    @PreAuthorize(RUNNERS)
    public void focus(MeetingId id, Long keyResultId) {
        var meeting = running(id);
        if (keyResultId != null && agenda.findByMeetingIdOrderByPosition(meeting.getId()).stream()
                .noneMatch(item -> item.getKeyResultId() == keyResultId)) {
            throw new NotFoundException();
        }
        meeting.focus(keyResultId);
        changed(meeting, AuditKind.MEETING_FOCUS, keyResultId == null ? null : "#" + keyResultId);
    }

    /** Moves an agenda line up ({@code -1}) or down ({@code +1}). */
    @PreAuthorize(RUNNERS)
    public void move(MeetingId id, long agendaItemId, int delta) {
        var meeting = running(id);
        var items = new ArrayList<>(agenda.findByMeetingIdOrderByPosition(meeting.getId()));
        var from = indexOf(items, agendaItemId);
        var to = Math.clamp(from + delta, 0, items.size() - 1);
        items.add(to, items.remove(from));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i);
        }
        changed(meeting, AuditKind.MEETING_AGENDA_MOVED, null);
    }

    /** @throws ConcurrentEditException when someone else saved the note after {@code version} was read */
    @PreAuthorize(RUNNERS)
    public void note(MeetingId id, long agendaItemId, long version, String note) {
        var meeting = running(id);
        var items = agenda.findByMeetingIdOrderByPosition(meeting.getId());
        var item = items.get(indexOf(items, agendaItemId));
        item.requireVersion(version);
        item.note(blankToNull(note));
        agenda.flush();
        changed(meeting, AuditKind.MEETING_NOTE, note);
    }

    @PreAuthorize(RUNNERS)
    public void decide(MeetingId id, String text) {
        var meeting = running(id);
        decisions.save(new Decision(meeting.getId(), meeting.getCustomerId(), requireText(text),
                currentUser.require().displayName()));
        changed(meeting, AuditKind.MEETING_DECISION, text);
    }

    @PreAuthorize(RUNNERS)
    public void addAction(MeetingId id, String text, String owner, LocalDate due) {
        var meeting = running(id);
        actions.save(new ActionItem(meeting.getId(), meeting.getCustomerId(), requireText(text), blankToNull(owner),
                due));
        changed(meeting, AuditKind.MEETING_ACTION, text);
    }

    /** Ticks off an action item of this meeting or one carried from an earlier meeting. */
    @PreAuthorize(RUNNERS)
    public void actionDone(MeetingId id, long actionId, boolean done) {
        var meeting = running(id);
        var action = actions.findById(actionId).filter(a -> a.getCustomerId() == meeting.getCustomerId())
                .orElseThrow(NotFoundException::new);
        action.markDone(done);
        changed(meeting, done ? AuditKind.MEETING_ACTION_DONE : AuditKind.MEETING_ACTION, action.getText());
    }

    /** Closes the meeting and freezes its minutes, with every key result's numbers as they are now. */
    @PreAuthorize(RUNNERS)
    public void close(MeetingId id) {
        var meeting = running(id);
        var plan = okrs.plan(new CustomerId(meeting.getCustomerId()),
                new Quarter(meeting.getQuarterYear(), meeting.getQuarterNumber()));
        var lines = new HashMap<Long, KeyResultLine>();
        plan.objectives().forEach(o -> o.keyResults().forEach(kr -> lines.put(kr.id().value(), kr)));
        for (var item : agenda.findByMeetingIdOrderByPosition(meeting.getId())) {
            var kr = lines.get(item.getKeyResultId());
            if (kr != null) {
                item.freeze(kr.current(), BigDecimal.valueOf(kr.progress()).setScale(4, RoundingMode.HALF_UP));
            }
        }
        meeting.close(clock.instant(), currentUser.require().displayName());
        changed(meeting, AuditKind.MEETING_CLOSED, null);
    }

    private Meeting load(MeetingId id) {
        var meeting = meetings.findById(id.value()).orElseThrow(NotFoundException::new);
        tenantGuard.requireVisible(meeting.getCustomerId());
        return meeting;
    }

    private Meeting running(MeetingId id) {
        var meeting = load(id);
        if (meeting.getState() == MeetingState.CLOSED) {
            throw new MinutesFrozenException();
        }
        if (meeting.getState() != MeetingState.RUNNING) {
            throw new IllegalStateException("Start the meeting first");
        }
        return meeting;
    }

    /** The quarter's key results, those behind or off track first, then those at risk, then the rest. */
    private static List<AgendaLine> preview(QuarterPlan plan) {
        var lines = new ArrayList<AgendaLine>();
        for (var objective : plan.objectives()) {
            objective.keyResults().forEach(kr -> lines.add(new AgendaLine(0, 0, kr, objective.title(), null, null, null)));
        }
        lines.sort(Comparator.comparingInt(line -> urgency(line.keyResult())));
        return List.copyOf(lines);
    }

    private static int urgency(KeyResultLine kr) {
        if (kr.offTrack()) {
            return 0;
        }
        return kr.confidence() == Confidence.AT_RISK ? 1 : 2;
    }

    private List<AgendaLine> agendaOf(Meeting meeting, QuarterPlan plan) {
        var lines = new HashMap<Long, KeyResultLine>();
        var titles = new HashMap<Long, String>();
        for (ObjectiveCard objective : plan.objectives()) {
            objective.keyResults().forEach(kr -> {
                lines.put(kr.id().value(), kr);
                titles.put(kr.id().value(), objective.title());
            });
        }
        return agenda.findByMeetingIdOrderByPosition(meeting.getId()).stream()
                .filter(item -> lines.containsKey(item.getKeyResultId()))
                .map(item -> new AgendaLine(item.getId(), item.getVersion(), lines.get(item.getKeyResultId()),
                        titles.get(item.getKeyResultId()), item.getNote(), item.getValueAtClose(),
                        item.getProgressAtClose()))
                .toList();
    }

    private static int indexOf(List<AgendaItem> items, long agendaItemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getId() == agendaItemId) {
                return i;
            }
        }
        throw new NotFoundException();
    }

    private static ActionEntry entry(ActionItem a) {
        return new ActionEntry(a.getId(), a.getText(), a.getOwner(), a.getDueDate(), a.isDone());
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Text is required");
        }
        return text.strip();
    }

    private void changed(Meeting meeting, AuditKind kind, String subject) {
        audit.record(kind, meeting.getCustomerId(), subject);
        events.publishEvent(new CustomerChanged(meeting.getCustomerId()));
    }
}
