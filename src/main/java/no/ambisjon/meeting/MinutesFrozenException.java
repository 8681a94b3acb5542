package no.ambisjon.meeting;

import no.ambisjon.base.ClosedForChangesException;

/** A closed meeting's minutes are frozen: nothing in them can be changed. */
public class MinutesFrozenException extends ClosedForChangesException {

    public MinutesFrozenException() {
        super("The meeting is closed; its minutes are frozen");
    }
}
