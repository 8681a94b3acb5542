package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.ambisjon.base.domain.AbstractEntity;

@Entity
@Table(name = "meeting_decision")
public class Decision extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    protected Decision() {
    }

    public Decision(long meetingId, long customerId, String text, String authorName) {
        this.meetingId = meetingId;
        this.customerId = customerId;
        this.text = text;
        this.authorName = authorName;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getText() {
        return text;
    }

    public String getAuthorName() {
        return authorName;
    }
}
