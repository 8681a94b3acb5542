package no.ambisjon.security.domain;

import java.time.Instant;

/** How many failed login attempts, and when the latest was ({@code null} with none). */
public record Failures(long count, Instant latest) {
}
