package no.ambisjon.base;

/** Someone else saved the same thing after this user loaded it, or is saving it right now; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("Changed by someone else");
    }

    public ConcurrentEditException(Throwable cause) {
        super("Changed by someone else", cause);
    }
}
