package no.ambisjon.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A user as the administration lists it.
 *
 * @param invited invited by mail and yet to choose a password
 */
public record UserRow(long id, long version, String username, String displayName, Role role, Long customerId,
                      boolean active, boolean mustChangePassword, boolean invited, Instant lockedUntil)
        implements Serializable {
}
