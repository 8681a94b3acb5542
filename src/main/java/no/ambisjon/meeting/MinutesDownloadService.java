package no.ambisjon.meeting;

import no.ambisjon.base.NotFoundException;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed minutes to take away as a file. Whoever may read a meeting's minutes may download them,
 * through the same tenant check as the page, and every download is in the audit log: the file
 * leaves the application with the customer's figures.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MinutesDownloadService {

    private final MeetingQueryService meetings;
    private final Changes changes;

    MinutesDownloadService(MeetingQueryService meetings, Changes changes) {
        this.meetings = meetings;
        this.changes = changes;
    }

    /**
     * The frozen minutes of a closed meeting, for a file named {@code fileName}; a meeting that has not
     * closed has no minutes to download.
     */
    public MeetingDetail closedMinutes(MeetingId id, String fileName) {
        var meeting = meetings.meeting(id);
        if (meeting.state() != MeetingState.CLOSED) {
            throw new NotFoundException();
        }
        changes.record(new MeetingChange(ChangeKind.EXPORTED, meeting.customer().id().value(), id.value(), fileName));
        return meeting;
    }
}
