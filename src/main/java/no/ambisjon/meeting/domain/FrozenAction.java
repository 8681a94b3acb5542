package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * An action item in closed minutes, as it stood at close (done or not then, whatever happened since).
 *
 * @param owner   who was to do it, by name as it was at close
 * @param ownerId the person, when it was someone with a login; {@code null} for a guest
 */
@Embeddable
public record FrozenAction(
        @Column(nullable = false) String text,
        @Column String owner,
        @Column(name = "owner_id") Long ownerId,
        @Column(name = "due_date") LocalDate dueDate,
        @Column(nullable = false) boolean done) {
}
