package no.ambisjon.mail;

/** What a mail is for; each has a name in the bundles, {@code mail.kind.<NAME>}. */
public enum MailKind {
    CHECK_IN_REMINDER, MINUTES, INVITATION, PASSWORD_LINK, SIGN_IN_LINK
}
