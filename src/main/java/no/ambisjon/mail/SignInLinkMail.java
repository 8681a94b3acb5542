package no.ambisjon.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.ambisjon.base.i18n.Translations;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.mail.domain.OutgoingMail;
import no.ambisjon.security.SignInLinkIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails a user whose name is under attack the link to finish signing in from a new address, in the
 * transaction that made it. Like a link to set a password, its token is kept apart from the mail's
 * text until the mail is sent ({@link OutgoingMail}).
 */
@Component
class SignInLinkMail {

    private final Outbox outbox;
    private final Translations translations;
    private final MailSettings settings;

    SignInLinkMail(Outbox outbox, Translations translations, MailSettings settings) {
        this.outbox = outbox;
        this.translations = translations;
        this.settings = settings;
    }

    @EventListener
    void on(SignInLinkIssued issued) {
        var person = issued.recipient();
        var texts = new MailTexts(translations, person);
        var body = new MailBody()
                .paragraph(texts.get("mail.greeting", person.displayName()))
                .paragraph(texts.get("mail.sign-in-link.intro", person.username(), issued.address()))
                .action(texts.get("mail.sign-in-link.action"), settings.link("/login/link?token=" + OutgoingMail.LINK_TOKEN))
                .paragraph(texts.get("mail.password-link.expires", TimeText.format(issued.expiresAt(), texts.locale())))
                .footnote(texts.get("mail.sign-in-link.footnote"), settings.link("/login"));
        outbox.queue(new Mail(MailKind.SIGN_IN_LINK, person, person.customerId(), texts.get("mail.sign-in-link.subject"),
                body, URLEncoder.encode(issued.token(), StandardCharsets.UTF_8), null, null));
    }
}
