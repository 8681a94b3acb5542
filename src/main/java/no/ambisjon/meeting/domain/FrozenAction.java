package no.ambisjon.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An action item in closed minutes, as it stood at close (done or not then, whatever happened since). */
@Embeddable
public record FrozenAction(
        @Column(nullable = false) String text,
        @Column String owner,
        @Column(name = "due_date") LocalDate dueDate,
        @Column(nullable = false) boolean done) {
}
