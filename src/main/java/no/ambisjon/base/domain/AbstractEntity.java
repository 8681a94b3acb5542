package no.ambisjon.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.change.WriteWatch;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** Id, optimistic-locking version and who created and last changed a row, and when. */
@MappedSuperclass
@EntityListeners({AuditingEntityListener.class, WriteWatch.class})
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @LastModifiedDate
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @LastModifiedBy
    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    /**
     * Refuses a change based on an older copy than the one stored. The {@code @Version} check at
     * flush still catches a race between this check and the commit.
     */
    public void requireVersion(long expected) {
        if (version != expected) {
            throw new ConcurrentEditException();
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
