package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.LocalDate;

public record ActionEntry(long id, String text, String owner, LocalDate due, boolean done) implements Serializable {
}
