package no.ambisjon.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.i18n.Translations;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.mail.domain.OutgoingMail;
import no.ambisjon.security.PasswordLinkIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a new login its invitation, and a user the link an admin sent or they asked for, in the transaction that made
 * the link: the link is in the mail and nowhere else. Its token is kept apart from the mail's text
 * until the mail is sent ({@link OutgoingMail}), so that no admin reads it in the outbox unless the
 * outbox is how it reaches its user (no mail server), and no sent mail keeps it.
 */
@Component
class PasswordLinkMail {

    private final Outbox outbox;
    private final Translations translations;
    private final MailSettings settings;

    PasswordLinkMail(Outbox outbox, Translations translations, MailSettings settings) {
        this.outbox = outbox;
        this.translations = translations;
        this.settings = settings;
    }

    @EventListener
    void on(PasswordLinkIssued issued) {
        var person = issued.recipient();
        var texts = new MailTexts(translations, person);
        var prefix = issued.invitation() ? "mail.invitation."
                : issued.kind() == ChangeKind.PASSWORD_RESET_REQUESTED ? "mail.password-reset." : "mail.password-link.";
        var link = settings.link("/set-password?token=" + OutgoingMail.LINK_TOKEN);
        var subject = texts.get(prefix + "subject");
        var body = new MailBody()
                .paragraph(texts.get("mail.greeting", person.displayName()))
                .paragraph(texts.get(prefix + "intro", person.username()))
                .action(texts.get("mail.password-link.action"), link)
                .paragraph(texts.get("mail.password-link.expires", TimeText.format(issued.expiresAt(), texts.locale())))
                .footnote(texts.get(prefix + "footnote"), settings.link("/login"));
        var token = URLEncoder.encode(issued.token(), StandardCharsets.UTF_8);
        outbox.queue(new Mail(issued.invitation() ? MailKind.INVITATION : MailKind.PASSWORD_LINK, person,
                person.customerId(), subject, body, token, null, null));
    }
}
