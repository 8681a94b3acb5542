package no.ambisjon.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import no.ambisjon.base.domain.AbstractEntity;

/** A one-time link to set a password, or to sign in: only a hash of its token is kept. */
@Entity
@Table(name = "password_link")
public class PasswordLink extends AbstractEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    /** What the link does once. */
    public enum Purpose {
        PASSWORD, SIGN_IN
    }

    protected PasswordLink() {
    }

    public PasswordLink(long userId, Purpose purpose, String tokenHash, Instant expiresAt) {
        this.userId = userId;
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Used to set the password, or replaced by a newer link: it never works again. */
    public void spend(Instant at) {
        if (usedAt == null) {
            usedAt = at;
        }
    }

    public long getUserId() {
        return userId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
