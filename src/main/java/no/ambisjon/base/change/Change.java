package no.ambisjon.base.change;

/**
 * A change to the application's data, raised once by every write through {@link Changes#record}.
 * The audit module writes it to the log inside the transaction of the change; once it has committed,
 * it is announced as {@link Committed}, on this node and on the others. Each module has its own record
 * type that implements this.
 */
public interface Change {

    ChangeKind kind();

    /** The customer whose data changed, or {@code null} when it is no customer's (agency staff, a failed login). */
    Long customerId();

    /** The user account it was about (a login, a new role, a password), or {@code null}. */
    default Long userId() {
        return null;
    }

    /** What it was about, as the audit log shows it: a title, a username, a value. */
    String subject();

    /** Who did it, when that is not the signed-in user (a login, before anyone is signed in); {@code null} otherwise. */
    default String actor() {
        return null;
    }
}
