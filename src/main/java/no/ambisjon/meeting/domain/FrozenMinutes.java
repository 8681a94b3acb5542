package no.ambisjon.meeting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ambisjon.base.domain.AbstractEntity;
import no.ambisjon.okr.Quarter;

/**
 * The minutes of a closed meeting, as they were when it closed: everything they show is copied
 * here once and never changed, whatever happens to the objectives, key results and action items
 * afterwards.
 */
@Entity
@Table(name = "minutes")
public class FrozenMinutes extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "quarter_year", nullable = false, updatable = false)
    private int quarterYear;

    @Column(name = "quarter_number", nullable = false, updatable = false)
    private int quarterNumber;

    /** The share of the quarter that had passed; unknown for minutes frozen before it was kept. */
    @Column(updatable = false)
    private BigDecimal expected;

    @Column(updatable = false)
    private String attendees;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false, updatable = false)
    private String closedBy;

    @ElementCollection
    @CollectionTable(name = "minutes_line", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderColumn(name = "position")
    private List<FrozenLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "minutes_decision", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderColumn(name = "position")
    private List<FrozenDecision> decisions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "minutes_action", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderColumn(name = "position")
    private List<FrozenAction> actions = new ArrayList<>();

    protected FrozenMinutes() {
    }

    public FrozenMinutes(Meeting meeting, Quarter quarter, BigDecimal expected, List<FrozenLine> lines,
                         List<FrozenDecision> decisions, List<FrozenAction> actions) {
        this.meetingId = meeting.getId();
        this.customerId = meeting.getCustomerId();
        this.quarterYear = quarter.year();
        this.quarterNumber = quarter.number();
        this.expected = expected;
        this.attendees = meeting.getAttendees();
        this.closedAt = meeting.getClosedAt();
        this.closedBy = meeting.getClosedBy();
        this.lines.addAll(lines);
        this.decisions.addAll(decisions);
        this.actions.addAll(actions);
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Quarter getQuarter() {
        return new Quarter(quarterYear, quarterNumber);
    }

    public BigDecimal getExpected() {
        return expected;
    }

    public String getAttendees() {
        return attendees;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public List<FrozenLine> getLines() {
        return List.copyOf(lines);
    }

    public List<FrozenDecision> getDecisions() {
        return List.copyOf(decisions);
    }

    public List<FrozenAction> getActions() {
        return List.copyOf(actions);
    }
}
