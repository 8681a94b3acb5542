package no.ambisjon.meeting;

import static no.ambisjon.base.Texts.blankToNull;

import java.time.LocalDate;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.CustomerPeople;
import no.ambisjon.meeting.domain.ActionItem;
import no.ambisjon.meeting.domain.ActionItemRepository;
import no.ambisjon.meeting.domain.Decision;
import no.ambisjon.meeting.domain.DecisionRepository;
import no.ambisjon.meeting.domain.Meeting;
import no.ambisjon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.transaction.annotation.Transactional;

/** What a running meeting decides and who does what next. Admins and the assigned consultants. */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
public class MeetingMinutesService {

    private final DecisionRepository decisions;
    private final ActionItemRepository actions;
    private final MeetingLoader loader;
    private final CurrentUser currentUser;
    private final Changes changes;
    private final CustomerPeople people;

    MeetingMinutesService(DecisionRepository decisions, ActionItemRepository actions, MeetingLoader loader,
                          CurrentUser currentUser, Changes changes, CustomerPeople people) {
        this.people = people;
        this.decisions = decisions;
        this.actions = actions;
        this.loader = loader;
        this.currentUser = currentUser;
        this.changes = changes;
    }

    public void decide(MeetingId id, @NotBlank @Size(max = DecisionEntry.MAX_TEXT) String text) {
        var meeting = loader.running(id);
        var decision = decisions.save(new Decision(meeting.getId(), meeting.getCustomerId(), requireText(text),
                currentUser.require().displayName()));
        changed(meeting, ChangeKind.MEETING_DECISION, decision.getText());
    }

    /**
     * @param ownerId    the person who does it, who must be able to see the customer; or {@code null}
     * @param guestOwner the name of a guest without a login who does it, when no person does
     * @throws IllegalArgumentException when the person may not see the customer
     */
    public void addAction(MeetingId id, @NotBlank @Size(max = ActionEntry.MAX_TEXT) String text, Long ownerId,
                          @Size(max = ActionEntry.MAX_OWNER) String guestOwner, LocalDate due) {
        var meeting = loader.running(id);
        if (ownerId != null) {
            people.chosen(new CustomerId(meeting.getCustomerId()), ownerId);
        }
        var action = actions.save(new ActionItem(meeting.getId(), meeting.getCustomerId(), requireText(text),
                ownerId, ownerId == null ? blankToNull(guestOwner) : null, due));
        changed(meeting, ChangeKind.MEETING_ACTION, action.getText());
    }

    /** Ticks off an action item of this meeting or one carried from an earlier meeting. */
    public void actionDone(MeetingId id, long actionId, boolean done) {
        var meeting = loader.running(id);
        var action = loader.action(meeting, actionId);
        action.markDone(done);
        changed(meeting, done ? ChangeKind.MEETING_ACTION_DONE : ChangeKind.MEETING_ACTION, action.getText());
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Text is required");
        }
        return text.strip();
    }

    private void changed(Meeting meeting, ChangeKind kind, String subject) {
        changes.record(new MeetingChange(kind, meeting.getCustomerId(), meeting.getId(), subject));
    }
}
