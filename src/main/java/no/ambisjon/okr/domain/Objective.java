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

    @Column(name = "owner_id")
    private Long ownerId;

    /** A name that matched no person when owners became people; never set otherwise. */
    @Column(name = "owner")
    private String guestOwner;

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

    public void describe(String title, String description, ObjectiveStatus status) {
        this.title = title;
        this.description = description;
        this.status = status;
    }

    /** @param guestOwner a name without a login, kept only when {@code ownerId} is {@code null} */
    public void ownedBy(Long ownerId, String guestOwner) {
        this.ownerId = ownerId;
        this.guestOwner = ownerId == null ? guestOwner : null;
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

    public Long getOwnerId() {
        return ownerId;
    }

    public String getGuestOwner() {
        return guestOwner;
    }

    public ObjectiveStatus getStatus() {
        return status;
    }
}
