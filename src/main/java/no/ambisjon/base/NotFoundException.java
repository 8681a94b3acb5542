package no.ambisjon.base;

/**
 * Thrown for an id that does not exist and, deliberately the same, for one the current user may not
 * see: a caller can never tell another customer's data from no data.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("Not found");
    }
}
