package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.Instant;

public record DecisionEntry(long id, String text, String author, Instant at) implements Serializable {

    /** As long as a decision may be (its column). */
    public static final int MAX_TEXT = 2000;

}
