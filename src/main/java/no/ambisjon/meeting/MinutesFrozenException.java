package no.ambisjon.meeting;

/** A closed meeting's minutes are frozen: nothing in them can be changed. */
public class MinutesFrozenException extends IllegalStateException {

    public MinutesFrozenException() {
        super("The meeting is closed; its minutes are frozen");
    }
}
