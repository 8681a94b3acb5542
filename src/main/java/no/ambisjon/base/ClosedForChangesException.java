package no.ambisjon.base;

/** What was closed, and so frozen, cannot be changed: the minutes of a closed meeting, for one. */
public class ClosedForChangesException extends IllegalStateException {

    public ClosedForChangesException(String message) {
        super(message);
    }
}
