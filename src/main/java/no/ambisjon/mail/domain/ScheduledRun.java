package no.ambisjon.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * A scheduled job's run for one period, e.g. the check-in reminders of the week starting 30 November.
 * Its key lets one node claim the period: the insert of any other fails, in the same transaction as
 * everything the run writes.
 */
@Entity
@Table(name = "scheduled_run")
public class ScheduledRun implements Persistable<ScheduledRun.Key> {

    /** One job's period. */
    @Embeddable
    public record Key(String job, String period) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "ran_at", nullable = false, updatable = false)
    private Instant ranAt;

    @Column(nullable = false, updatable = false)
    private String outcome;

    protected ScheduledRun() {
    }

    public ScheduledRun(Key key, Instant ranAt, String outcome) {
        this.key = key;
        this.ranAt = ranAt;
        this.outcome = outcome;
    }

    @Override
    public Key getId() {
        return key;
    }

    /** Always written as new: a period that has run is never written again, but refused. */
    @Override
    public boolean isNew() {
        return true;
    }
}
