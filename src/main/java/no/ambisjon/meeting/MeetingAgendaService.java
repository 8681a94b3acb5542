package no.ambisjon.meeting;

import static no.ambisjon.base.Texts.blankToNull;

import java.util.ArrayList;
import java.util.Objects;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.meeting.domain.AgendaItemRepository;
import no.ambisjon.meeting.domain.Meeting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Size;
import org.springframework.transaction.annotation.Transactional;

/** A running meeting's agenda: what every screen shows, the order, the notes. Admins and the assigned consultants. */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
public class MeetingAgendaService {

    private final AgendaItemRepository agenda;
    private final MeetingLoader loader;
    private final Changes changes;

    MeetingAgendaService(AgendaItemRepository agenda, MeetingLoader loader, Changes changes) {
        this.agenda = agenda;
        this.loader = loader;
        this.changes = changes;
    }

    /** What every screen of the meeting shows: one key result, or the overview ({@code null}). */
    public void focus(MeetingId id, Long keyResultId) {
        var meeting = loader.running(id);
        if (keyResultId != null && agenda.findByMeetingIdOrderByPosition(meeting.getId()).stream()
                .noneMatch(item -> item.getKeyResultId() == keyResultId)) {
            throw new NotFoundException();
        }
        meeting.focus(keyResultId);
        changed(meeting, ChangeKind.MEETING_FOCUS, keyResultId == null ? null : "#" + keyResultId);
    }

    /** Moves an agenda line up ({@code -1}) or down ({@code +1}). */
    public void move(MeetingId id, long agendaItemId, int delta) {
        var meeting = loader.running(id);
        var moving = loader.agendaItem(meeting, agendaItemId);
        var items = new ArrayList<>(agenda.findByMeetingIdOrderByPosition(meeting.getId()));
        var from = items.indexOf(moving);
        var to = Math.clamp(from + delta, 0, items.size() - 1);
        items.add(to, items.remove(from));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i);
        }
        changed(meeting, ChangeKind.MEETING_AGENDA_MOVED, null);
    }

    /**
     * Saves the meeting's note on a key result. Writes to a meeting take turns, so that of two
     * people saving at once the second learns of the first.
     *
     * @param previous the note the user started from
     * @throws ConcurrentEditException when someone else saved another note since
     */
    public void note(MeetingId id, long agendaItemId, String previous, @Size(max = AgendaLine.MAX_NOTE) String note) {
        var meeting = loader.running(id);
        var item = loader.agendaItem(meeting, agendaItemId);
        if (!Objects.equals(blankToNull(previous), item.getNote())) {
            throw new ConcurrentEditException();
        }
        item.note(blankToNull(note));
        changed(meeting, ChangeKind.MEETING_NOTE, note);
    }

    private void changed(Meeting meeting, ChangeKind kind, String subject) {
        changes.record(new MeetingChange(kind, meeting.getCustomerId(), meeting.getId(), subject));
    }
}
