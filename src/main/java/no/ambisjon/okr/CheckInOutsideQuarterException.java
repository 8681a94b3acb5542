package no.ambisjon.okr;

/** A check-in dated outside its key result's quarter, or in the future: it would count where it does not belong. */
public class CheckInOutsideQuarterException extends RuntimeException {

    private final CheckInWindow window;

    CheckInOutsideQuarterException(CheckInWindow window) {
        super("A check-in is dated from " + window.first() + " to " + window.last());
        this.window = window;
    }

    public CheckInWindow window() {
        return window;
    }
}
