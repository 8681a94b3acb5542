package no.ambisjon.security;

import java.io.Serializable;
import java.time.Instant;

/** A user as the administration lists it. */
public record UserRow(long id, long version, String username, String displayName, Role role, Long customerId,
                      boolean active, boolean mustChangePassword, Instant lockedUntil) implements Serializable {
}
