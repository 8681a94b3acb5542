package no.ambisjon.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One "forgot password?" request that got past the throttle. Written once; requests are counted by counting these. */
@Entity
@Table(name = "password_reset_request")
public class PasswordResetRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    /** A keyed hash of the address as typed: requests for one address group together, whoever has it. */
    @Column(name = "name_key", nullable = false, updatable = false)
    private String nameKey;

    /** The client it came from. */
    @Column(nullable = false, updatable = false)
    private String address;

    protected PasswordResetRequest() {
    }

    public PasswordResetRequest(Instant requestedAt, String nameKey, String address) {
        this.requestedAt = requestedAt;
        this.nameKey = nameKey;
        this.address = address;
    }
}
