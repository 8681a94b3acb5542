package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.ambisjon.base.domain.AbstractEntity;

/** One key result on a running meeting's agenda, and the meeting's note on it. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "key_result_id", nullable = false, updatable = false)
    private long keyResultId;

    @Column(nullable = false)
    private int position;

    private String note;

    protected AgendaItem() {
    }

    public AgendaItem(long meetingId, long customerId, long keyResultId, int position) {
        this.meetingId = meetingId;
        this.customerId = customerId;
        this.keyResultId = keyResultId;
        this.position = position;
    }

    public void note(String note) {
        this.note = note;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getKeyResultId() {
        return keyResultId;
    }

    public int getPosition() {
        return position;
    }

    public String getNote() {
        return note;
    }
}
