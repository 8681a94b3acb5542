package no.ambisjon.okr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ambisjon.base.domain.AbstractEntity;
import no.ambisjon.coach.CheckId;

/** A user's yes to one of the coach's questions about an objective, for the content it had then. */
@Entity
@Table(name = "objective_confirmation")
public class ObjectiveConfirmation extends AbstractEntity {

    @Column(name = "objective_id", nullable = false, updatable = false)
    private long objectiveId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_id", nullable = false, updatable = false)
    private CheckId check;

    @Column(nullable = false)
    private String fingerprint;

    @Column(name = "confirmed_by_id")
    private Long confirmedById;

    @Column(name = "confirmed_by_name", nullable = false)
    private String confirmedByName;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected ObjectiveConfirmation() {
    }

    public ObjectiveConfirmation(Objective objective, CheckId check) {
        this.objectiveId = objective.getId();
        this.customerId = objective.getCustomerId();
        this.check = check;
    }

    public void confirm(String fingerprint, Long byId, String byName, Instant at) {
        this.fingerprint = fingerprint;
        this.confirmedById = byId;
        this.confirmedByName = byName;
        this.confirmedAt = at;
    }

    public long getObjectiveId() {
        return objectiveId;
    }

    public CheckId getCheck() {
        return check;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getConfirmedByName() {
        return confirmedByName;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
