package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.LocalDate;

public record ActionEntry(long id, String text, String owner, LocalDate due, boolean done) implements Serializable {

    /** As long as an action item's text and owner may be (their columns). */
    public static final int MAX_TEXT = 1000;
    public static final int MAX_OWNER = 200;

}
