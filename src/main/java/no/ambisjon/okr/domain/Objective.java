package no.ambisjon.okr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.ambisjon.base.domain.AbstractEntity;
import no.ambisjon.okr.ObjectiveStatus;
import no.ambisjon.okr.Quarter;

/** What a customer wants to achieve in a quarter ("ambisjon" in the guide). */
@Entity
@Table(name = "objective")
public class Objective extends AbstractEntity {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "quarter_year", nullable = false)
    private int quarterYear;

    @Column(name = "quarter_number", nullable = false)
    private int quarterNumber;

    @Column(nullable = false)
    private String title;

    private String description;

    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectiveStatus status = ObjectiveStatus.DRAFT;

    protected Objective() {
    }

    public Objective(long customerId, Quarter quarter) {
        this.customerId = customerId;
        this.quarterYear = quarter.year();
        this.quarterNumber = quarter.number();
    }

    public void describe(String title, String description, String owner, ObjectiveStatus status) {
        this.title = title;
        this.description = description;
        this.owner = owner;
        this.status = status;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Quarter getQuarter() {
        return new Quarter(quarterYear, quarterNumber);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public ObjectiveStatus getStatus() {
        return status;
    }
}
