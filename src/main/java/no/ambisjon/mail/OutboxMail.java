package no.ambisjon.mail;

import java.util.List;

/**
 * A mail in the outbox, whole: its text as the recipient reads it, and the name of its attachment.
 * A one-time link (to set a password, or to sign in) is shown only while the mail is held, when the outbox is how it reaches
 * its user; while the mail waits to be sent it is for the recipient alone, and once sent it is gone.
 *
 * @param text the text, in parts between which its one-time link (to set a password, or to sign in) stands; one part when it has none
 * @param link that link while the mail is held, else {@code null}: the place says what became of it
 *             ({@code outbox.link.<status>})
 */
public record OutboxMail(OutboxRow row, List<String> text, String link, String attachmentName) {

    public OutboxMail {
        text = List.copyOf(text);
    }

    /** The text with {@code inPlaceOfLink} where its one-time link (to set a password, or to sign in) stands. */
    public String textWith(String inPlaceOfLink) {
        return String.join(inPlaceOfLink, text);
    }
}
