package no.ambisjon.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.ambisjon.base.domain.AbstractEntity;

/** A consultant works with a customer, and so may see and work on that customer's OKRs. */
@Entity
@Table(name = "consultant_assignment")
public class ConsultantAssignment extends AbstractEntity {

    @Column(name = "consultant_id", nullable = false)
    private long consultantId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    protected ConsultantAssignment() {
    }

    public ConsultantAssignment(long consultantId, long customerId) {
        this.consultantId = consultantId;
        this.customerId = customerId;
    }

    public long getConsultantId() {
        return consultantId;
    }

    public long getCustomerId() {
        return customerId;
    }
}
