package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A decision in closed minutes. */
@Embeddable
public record FrozenDecision(
        @Column(nullable = false) String text,
        @Column(name = "author_name", nullable = false) String authorName,
        @Column(name = "decided_at", nullable = false) Instant decidedAt) {
}
