package no.ambisjon.okr.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ambisjon.base.domain.AbstractEntity;
import no.ambisjon.okr.Quarter;

/** An objective's evaluation at the end of its quarter; frozen once closed. */
@Entity
@Table(name = "objective_evaluation")
public class ObjectiveEvaluation extends AbstractEntity {

    @Column(name = "objective_id", nullable = false, updatable = false)
    private long objectiveId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "quarter_year", nullable = false, updatable = false)
    private int quarterYear;

    @Column(name = "quarter_number", nullable = false, updatable = false)
    private int quarterNumber;

    @Column(nullable = false)
    private BigDecimal grade;

    private String worked;

    @Column(name = "change_next")
    private String changeNext;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @ElementCollection
    @CollectionTable(name = "key_result_grade", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<GradeLine> grades = new ArrayList<>();

    protected ObjectiveEvaluation() {
    }

    public ObjectiveEvaluation(Objective objective) {
        this.objectiveId = objective.getId();
        this.customerId = objective.getCustomerId();
        this.quarterYear = objective.getQuarter().year();
        this.quarterNumber = objective.getQuarter().number();
    }

    public void write(List<GradeLine> grades, BigDecimal grade, String worked, String changeNext) {
        this.grades.clear();
        this.grades.addAll(grades);
        this.grade = grade;
        this.worked = worked;
        this.changeNext = changeNext;
    }

    public void close(Instant at, String by) {
        this.closedAt = at;
        this.closedBy = by;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public long getObjectiveId() {
        return objectiveId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public Quarter getQuarter() {
        return new Quarter(quarterYear, quarterNumber);
    }

    public BigDecimal getGrade() {
        return grade;
    }

    public String getWorked() {
        return worked;
    }

    public String getChangeNext() {
        return changeNext;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public List<GradeLine> getGrades() {
        return List.copyOf(grades);
    }
}
