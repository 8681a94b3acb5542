package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.ambisjon.base.domain.AbstractEntity;

/** Something someone will do, agreed in a meeting and carried to the next ones until it is done. */
@Entity
@Table(name = "action_item")
public class ActionItem extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(updatable = false)
    private String owner;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    protected ActionItem() {
    }

    public ActionItem(long meetingId, long customerId, String text, String owner, LocalDate dueDate) {
        this.meetingId = meetingId;
        this.customerId = customerId;
        this.text = text;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    public void markDone(boolean done) {
        this.done = done;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }
}
