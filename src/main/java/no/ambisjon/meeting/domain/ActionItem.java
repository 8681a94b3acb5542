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

    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    /** The name of a guest without a login who does it; {@code null} when a person does. */
    @Column(name = "owner", updatable = false)
    private String guestOwner;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    protected ActionItem() {
    }

    /** @param guestOwner a name without a login, kept only when {@code ownerId} is {@code null} */
    public ActionItem(long meetingId, long customerId, String text, Long ownerId, String guestOwner, LocalDate dueDate) {
        this.meetingId = meetingId;
        this.customerId = customerId;
        this.text = text;
        this.ownerId = ownerId;
        this.guestOwner = ownerId == null ? guestOwner : null;
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

    public Long getOwnerId() {
        return ownerId;
    }

    public String getGuestOwner() {
        return guestOwner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }
}
