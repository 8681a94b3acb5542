package no.ambisjon.okr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ambisjon.base.domain.AbstractEntity;

/** A comment on an objective or on a key result (exactly one of the two). */
@Entity
@Table(name = "okr_comment")
public class Comment extends AbstractEntity {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "objective_id", updatable = false)
    private Long objectiveId;

    @Column(name = "key_result_id", updatable = false)
    private Long keyResultId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected Comment() {
    }

    private Comment(long customerId, Long objectiveId, Long keyResultId, String text, Long authorId,
                    String authorName, Instant writtenAt) {
        this.customerId = customerId;
        this.objectiveId = objectiveId;
        this.keyResultId = keyResultId;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.writtenAt = writtenAt;
    }

    public static Comment onObjective(Objective objective, String text, Long authorId, String authorName,
                                      Instant writtenAt) {
        return new Comment(objective.getCustomerId(), objective.getId(), null, text, authorId, authorName, writtenAt);
    }

    public static Comment onKeyResult(KeyResult keyResult, String text, Long authorId, String authorName,
                                      Instant writtenAt) {
        return new Comment(keyResult.getCustomerId(), null, keyResult.getId(), text, authorId, authorName, writtenAt);
    }

    public String getText() {
        return text;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
