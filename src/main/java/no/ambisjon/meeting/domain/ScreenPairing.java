package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ambisjon.base.domain.AbstractEntity;

/**
 * A meeting-room screen: first a code waiting to be typed in a meeting's console, then that
 * meeting's read-only shared screen until it ends.
 */
@Entity
@Table(name = "screen_pairing")
public class ScreenPairing extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "code_expires_at", nullable = false, updatable = false)
    private Instant codeExpiresAt;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "paired_by")
    private String pairedBy;

    @Column(name = "paired_by_id")
    private Long pairedById;

    @Column(updatable = false)
    private String address;

    @Column(name = "paired_at")
    private Instant pairedAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ScreenPairing() {
    }

    /** @param address where the screen asking for a code is */
    public ScreenPairing(String code, String token, Instant codeExpiresAt, String address) {
        this.code = code;
        this.token = token;
        this.codeExpiresAt = codeExpiresAt;
        this.address = address;
    }

    public void pair(long meetingId, long customerId, long pairedById, String pairedBy, Instant at, Instant endsAt) {
        this.meetingId = meetingId;
        this.customerId = customerId;
        this.pairedById = pairedById;
        this.pairedBy = pairedBy;
        this.pairedAt = at;
        this.endsAt = endsAt;
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    public boolean isPaired() {
        return meetingId != null;
    }

    /** Paired, and neither removed nor past its end. */
    public boolean isActive(Instant now) {
        return isPaired() && endedAt == null && now.isBefore(endsAt);
    }

    /** Who paired it; {@code null} for a screen still waiting (or paired before this was kept). */
    public Long getPairedById() {
        return pairedById;
    }

    public String getCode() {
        return code;
    }

    public String getToken() {
        return token;
    }

    public Instant getCodeExpiresAt() {
        return codeExpiresAt;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getPairedBy() {
        return pairedBy;
    }

    public Instant getPairedAt() {
        return pairedAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
