package no.ambisjon.okr;

import java.io.Serializable;
import java.time.Instant;

/** Who answered yes to one of the coach's questions, and when. */
public record Confirmation(String by, Instant at) implements Serializable {
}
