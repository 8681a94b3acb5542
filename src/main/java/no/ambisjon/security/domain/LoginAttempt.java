package no.ambisjon.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One login attempt. Written once; failures are counted by counting these rows. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    /** A keyed hash of the username as typed: attempts on one name group together, whatever it was. */
    @Column(name = "username_key", nullable = false, updatable = false)
    private String usernameKey;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(nullable = false, updatable = false)
    private String address;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    protected LoginAttempt() {
    }

    public LoginAttempt(Instant at, String usernameKey, Long accountId, String address, boolean succeeded) {
        this.at = at;
        this.usernameKey = usernameKey;
        this.accountId = accountId;
        this.address = address;
        this.succeeded = succeeded;
    }
}
