package no.ambisjon.base.change;

/**
 * A change to the application's data, raised once by every write through {@link Changes#record}.
 * The audit module writes it to the log inside the transaction of the change; the live module
 * tells the customer's open screens after the change has committed. Each module has its own record
 * type that implements this.
 */
public interface Change {

    ChangeKind kind();

    /** The customer whose data changed, or {@code null} when it is no customer's (agency staff, a failed login). */
    Long customerId();

    /** What it was about, as the audit log shows it: a title, a username, a value. */
    String subject();

    /** Who did it, when that is not the signed-in user (a login, before anyone is signed in); {@code null} otherwise. */
    default String actor() {
        return null;
    }
}
