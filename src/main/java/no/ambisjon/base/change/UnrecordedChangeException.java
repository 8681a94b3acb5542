package no.ambisjon.base.change;

/** A transaction wrote rows without raising a {@link Change}: a bug, and the write is rolled back. */
public class UnrecordedChangeException extends IllegalStateException {

    UnrecordedChangeException(Object entity) {
        super("A write of " + entity.getClass().getSimpleName()
                + " raised no change: every write goes through Changes.record, so that it is audited and shown live");
    }
}
