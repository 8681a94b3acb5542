package no.ambisjon.mail;

import java.util.List;
import no.ambisjon.base.i18n.Translations;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.security.Person;
import org.springframework.stereotype.Component;

/** The words of a check-in reminder: one customer's key results that wait, in the recipient's language. */
@Component
class ReminderMail {

    private final Translations translations;
    private final MailSettings settings;

    ReminderMail(Translations translations, MailSettings settings) {
        this.translations = translations;
        this.settings = settings;
    }

    Mail to(Person person, CustomerSummary customer, List<KeyResultLine> waiting) {
        var texts = new MailTexts(translations, person);
        var format = texts.format();
        var lines = waiting.stream().map(kr -> {
            var value = format.valueOfTarget(kr.measure(), kr.current(), kr.target(), kr.unit());
            return kr.latest() == null ? texts.get("mail.reminder.line.none", kr.title(), value)
                    : texts.get("mail.reminder.line", kr.title(), value, format.date(kr.latest().at()));
        }).toList();
        var subject = texts.get("mail.reminder.subject", customer.name(), waiting.size());
        var body = new MailBody()
                .paragraph(texts.get("mail.greeting", person.displayName()))
                .paragraph(texts.get("mail.reminder.intro", customer.name(), waiting.size()))
                .items(lines)
                .action(texts.get("mail.reminder.action", customer.name()), settings.link("/customers/" + customer.slug()))
                .footnote(texts.get("mail.reminder.footnote"), settings.link("/account"));
        return new Mail(MailKind.CHECK_IN_REMINDER, person, customer.id().value(), subject, body);
    }
}
