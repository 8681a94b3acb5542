package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import no.ambisjon.base.domain.AbstractEntity;

/** One key result on a meeting's agenda, the meeting's note on it, and its numbers when the meeting closed. */
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

    @Column(name = "value_at_close")
    private BigDecimal valueAtClose;

    @Column(name = "progress_at_close")
    private BigDecimal progressAtClose;

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

    public void freeze(BigDecimal value, BigDecimal progress) {
        this.valueAtClose = value;
        this.progressAtClose = progress;
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

    public BigDecimal getValueAtClose() {
        return valueAtClose;
    }

    public BigDecimal getProgressAtClose() {
        return progressAtClose;
    }
}
