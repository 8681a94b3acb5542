package no.ambisjon.okr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import no.ambisjon.base.domain.AbstractEntity;
import no.ambisjon.okr.Category;
import no.ambisjon.okr.Direction;
import no.ambisjon.okr.Measure;

/**
 * A number that shows whether the objective is reached. Its current value and confidence are not
 * stored here: they are those of its latest check-in, so that check-ins never conflict.
 */
@Entity
@Table(name = "key_result")
public class KeyResult extends AbstractEntity {

    @Column(name = "objective_id", nullable = false, updatable = false)
    private long objectiveId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Measure measure;

    @Column(name = "start_value", nullable = false)
    private BigDecimal startValue;

    @Column(name = "target_value", nullable = false)
    private BigDecimal targetValue;

    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "owner_id")
    private Long ownerId;

    /** A name that matched no person when owners became people; never set otherwise. */
    @Column(name = "owner")
    private String guestOwner;

    @Column(nullable = false)
    private boolean archived;

    protected KeyResult() {
    }

    public KeyResult(long objectiveId, long customerId) {
        this.objectiveId = objectiveId;
        this.customerId = customerId;
    }

    public void define(String title, Category category, Measure measure, BigDecimal startValue,
                       BigDecimal targetValue, String unit, Direction direction) {
        this.title = title;
        this.category = category;
        this.measure = measure;
        this.startValue = startValue;
        this.targetValue = targetValue;
        this.unit = unit;
        this.direction = direction;
    }

    /** @param guestOwner a name without a login, kept only when {@code ownerId} is {@code null} */
    public void ownedBy(Long ownerId, String guestOwner) {
        this.ownerId = ownerId;
        this.guestOwner = ownerId == null ? guestOwner : null;
    }

    public void archive() {
        this.archived = true;
    }

    public long getObjectiveId() {
        return objectiveId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getTitle() {
        return title;
    }

    public Category getCategory() {
        return category;
    }

    public Measure getMeasure() {
        return measure;
    }

    public BigDecimal getStartValue() {
        return startValue;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getGuestOwner() {
        return guestOwner;
    }

    public boolean isArchived() {
        return archived;
    }
}
