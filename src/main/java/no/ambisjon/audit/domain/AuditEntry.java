package no.ambisjon.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ambisjon.base.change.ChangeKind;

/** One line of the audit log. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ChangeKind kind;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    @Column(updatable = false)
    private String subject;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, ChangeKind kind, Long customerId, String subject) {
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.customerId = customerId;
        this.subject = subject;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSubject() {
        return subject;
    }
}
