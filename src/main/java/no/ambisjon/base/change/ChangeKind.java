package no.ambisjon.base.change;

/**
 * What kind of change happened, as the audit log names it. Each has a text in the bundles,
 * {@code audit.kind.<NAME>}. Kinds no longer raised stay, so that older entries still read.
 */
public enum ChangeKind {
    LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED, PASSWORD_CHANGED, PASSWORD_CHANGE_FAILED, LANGUAGE_CHANGED,
    USER_CREATED, USER_CHANGED, USER_ROLE_CHANGED, USER_DEACTIVATED, USER_ACTIVATED,
    /** Older entries: an admin gave a temporary password; now {@link #PASSWORD_LINK_SENT}. */
    PASSWORD_RESET, PASSWORD_LINK_SENT,
    PASSWORD_SET, REMINDERS_CHOSEN, SIGN_IN_LINK_SENT,
    CUSTOMER_CREATED, CUSTOMER_CHANGED, CUSTOMER_DEACTIVATED, CUSTOMER_ACTIVATED,
    /** Older entries: a customer's consultants are now part of {@link #CUSTOMER_CHANGED}. */
    ASSIGNMENT_ADDED, ASSIGNMENT_REMOVED,
    OBJECTIVE_CREATED, OBJECTIVE_CHANGED, OBJECTIVE_ARCHIVED, OBJECTIVE_COPIED, COACH_ANSWERED, OBJECTIVE_EVALUATED, EVALUATION_CLOSED,
    KEY_RESULT_ADDED, KEY_RESULT_CHANGED, KEY_RESULT_ARCHIVED, CHECK_IN, COMMENT_ADDED,
    MEETING_SCHEDULED, MEETING_STARTED, MEETING_FOCUS, MEETING_AGENDA_MOVED, MEETING_NOTE, MEETING_DECISION,
    MEETING_ACTION, MEETING_ACTION_DONE, MEETING_CLOSED,
    SCREEN_CODE_SHOWN, SCREEN_PAIRED, SCREEN_PAIRING_REFUSED, SCREEN_REMOVED,
    MAIL_SENT, MAIL_FAILED, REMINDERS_RUN,
    EXPORTED, DEMO_DATA_LOADED;

    /** Whether the screens showing the customer's data show this change: a mail sent changes nothing there. */
    public boolean showsOnScreens() {
        return this != MAIL_SENT && this != MAIL_FAILED && this != REMINDERS_RUN;
    }
}
