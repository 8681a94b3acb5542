package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A code a user typed to pair a screen, right or wrong; wrong ones are counted to slow guessing. */
@Entity
@Table(name = "screen_pairing_attempt")
public class PairingAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    protected PairingAttempt() {
    }

    public PairingAttempt(long userId, Instant at, boolean succeeded) {
        this.userId = userId;
        this.at = at;
        this.succeeded = succeeded;
    }
}
