package no.ambisjon.okr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import no.ambisjon.base.domain.AbstractEntity;
import no.ambisjon.okr.Confidence;

/** A new value for a key result. History: written once, never changed. */
@Entity
@Table(name = "check_in")
public class CheckIn extends AbstractEntity {

    @Column(name = "key_result_id", nullable = false, updatable = false)
    private long keyResultId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "measured_value", nullable = false, updatable = false)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Confidence confidence;

    @Column(updatable = false)
    private String comment;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "checked_in_at", nullable = false, updatable = false)
    private Instant checkedInAt;

    protected CheckIn() {
    }

    public CheckIn(long keyResultId, long customerId, BigDecimal value, Confidence confidence, String comment,
                   Long authorId, String authorName, Instant checkedInAt) {
        this.keyResultId = keyResultId;
        this.customerId = customerId;
        this.value = value;
        this.confidence = confidence;
        this.comment = comment;
        this.authorId = authorId;
        this.authorName = authorName;
        this.checkedInAt = checkedInAt;
    }

    public long getKeyResultId() {
        return keyResultId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public String getComment() {
        return comment;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }
}
