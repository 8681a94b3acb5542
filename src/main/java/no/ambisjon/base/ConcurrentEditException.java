package no.ambisjon.base;

/** Someone else saved the same thing after this user loaded it; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("Changed by someone else");
    }
}
