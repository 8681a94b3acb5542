package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.Instant;

public record DecisionEntry(long id, String text, String author, Instant at) implements Serializable {
}
