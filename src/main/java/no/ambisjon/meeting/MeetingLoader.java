package no.ambisjon.meeting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.TenantGuard;
import no.ambisjon.meeting.domain.ActionItem;
import no.ambisjon.meeting.domain.ActionItemRepository;
import no.ambisjon.meeting.domain.AgendaItem;
import no.ambisjon.meeting.domain.AgendaItemRepository;
import no.ambisjon.meeting.domain.FrozenMinutes;
import no.ambisjon.meeting.domain.FrozenMinutesRepository;
import no.ambisjon.meeting.domain.Meeting;
import no.ambisjon.meeting.domain.MeetingRepository;
import no.ambisjon.meeting.domain.ScreenPairing;
import no.ambisjon.meeting.domain.ScreenPairingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place meetings and what belongs to them are looked up by id. A meeting of a customer the
 * signed-in user may not see is "not found", exactly like one that does not exist. Every write
 * locks the meeting first, so that writes racing with its closing take turns: they land before the
 * minutes are frozen, or find the meeting closed.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MeetingLoader {

    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final ActionItemRepository actions;
    private final FrozenMinutesRepository minutes;
    private final ScreenPairingRepository screens;
    private final TenantGuard tenantGuard;
    private final EntityManager entityManager;

    MeetingLoader(MeetingRepository meetings, AgendaItemRepository agenda, ActionItemRepository actions,
                  FrozenMinutesRepository minutes, ScreenPairingRepository screens, TenantGuard tenantGuard,
                  EntityManager entityManager) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.actions = actions;
        this.minutes = minutes;
        this.screens = screens;
        this.tenantGuard = tenantGuard;
        this.entityManager = entityManager;
    }

    /** A customer to plan a meeting for. */
    CustomerId customer(CustomerId customerId) {
        tenantGuard.requireVisible(customerId.value());
        return customerId;
    }

    Meeting meeting(MeetingId id) {
        var meeting = meetings.findById(id.value()).orElseThrow(NotFoundException::new);
        tenantGuard.requireVisible(meeting.getCustomerId());
        return meeting;
    }

    /** A screen paired to the meeting; "not found" for any other. */
    ScreenPairing screen(Meeting meeting, long screenId) {
        return screens.findById(screenId).filter(p -> Long.valueOf(meeting.getId()).equals(p.getMeetingId()))
                .orElseThrow(NotFoundException::new);
    }

    /** The state of a meeting, read without a tenant check: for a paired screen, which has no user. */
    MeetingState state(long meetingId) {
        return meetings.findById(meetingId).map(Meeting::getState).orElse(MeetingState.CLOSED);
    }

    /** The meeting, locked until this transaction ends, as it is once the lock is held. */
    Meeting forWrite(MeetingId id) {
        var meeting = meeting(id);
        entityManager.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
        return meeting;
    }

    /**
     * A running meeting, locked for the write.
     *
     * @throws MinutesFrozenException when it has closed
     */
    Meeting running(MeetingId id) {
        var meeting = forWrite(id);
        if (meeting.getState() == MeetingState.CLOSED) {
            throw new MinutesFrozenException();
        }
        if (meeting.getState() != MeetingState.RUNNING) {
            throw new IllegalStateException("Start the meeting first");
        }
        return meeting;
    }

    AgendaItem agendaItem(Meeting meeting, long agendaItemId) {
        return agenda.findById(agendaItemId).filter(item -> item.getMeetingId() == meeting.getId())
                .orElseThrow(NotFoundException::new);
    }

    /** An action item of this meeting's customer: agreed here, or carried from an earlier meeting. */
    ActionItem action(Meeting meeting, long actionId) {
        return actions.findById(actionId).filter(action -> action.getCustomerId() == meeting.getCustomerId())
                .orElseThrow(NotFoundException::new);
    }

    FrozenMinutes minutes(Meeting meeting) {
        return minutes.findByMeetingId(meeting.getId()).orElseThrow(NotFoundException::new);
    }
}
