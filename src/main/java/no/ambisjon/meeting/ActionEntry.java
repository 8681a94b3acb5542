package no.ambisjon.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import no.ambisjon.security.Owner;

/** @param owner who does it, a person or a guest by name, or {@code null} */
public record ActionEntry(long id, String text, Owner owner, LocalDate due, boolean done) implements Serializable {

    /** As long as an action item's text and a guest's name may be (their columns). */
    public static final int MAX_TEXT = 1000;
    public static final int MAX_OWNER = 200;

}
