package no.ambisjon.security;

/** A new password that the policy does not accept, or a wrong current password. */
public class PasswordRejectedException extends RuntimeException {

    private final String messageKey;

    public PasswordRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The bundle key of the message to show at the field. */
    public String messageKey() {
        return messageKey;
    }
}
