package no.ambisjon.meeting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import no.ambisjon.base.domain.AbstractEntity;
import no.ambisjon.meeting.MeetingState;

/** A triad meeting of one customer: planned, running (with the presenter's focus), then closed. */
@Entity
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    /** Everyone who attends, as a line of names: those with a login and guests without one. */
    private String attendees;

    /** The attendees with a login: they get the minutes when the meeting closes. */
    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "user_id")
    private Set<Long> attendeeIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingState state = MeetingState.PLANNED;

    @Column(name = "focus_key_result_id")
    private Long focusKeyResultId;

    @Column(name = "quarter_year")
    private Integer quarterYear;

    @Column(name = "quarter_number")
    private Integer quarterNumber;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected Meeting() {
    }

    public Meeting(long customerId, Instant scheduledAt, String attendees, Set<Long> attendeeIds) {
        this.customerId = customerId;
        this.scheduledAt = scheduledAt;
        this.attendees = attendees;
        this.attendeeIds = new HashSet<>(attendeeIds);
    }

    public void start(int year, int quarter) {
        this.state = MeetingState.RUNNING;
        this.quarterYear = year;
        this.quarterNumber = quarter;
    }

    public void focus(Long keyResultId) {
        this.focusKeyResultId = keyResultId;
    }

    public void close(Instant at, String by) {
        this.state = MeetingState.CLOSED;
        this.focusKeyResultId = null;
        this.closedAt = at;
        this.closedBy = by;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public String getAttendees() {
        return attendees;
    }

    public Set<Long> getAttendeeIds() {
        return Set.copyOf(attendeeIds);
    }

    public MeetingState getState() {
        return state;
    }

    public Long getFocusKeyResultId() {
        return focusKeyResultId;
    }

    public Integer getQuarterYear() {
        return quarterYear;
    }

    public Integer getQuarterNumber() {
        return quarterNumber;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
