package no.ambisjon.mail;

import java.util.Locale;
import no.ambisjon.base.i18n.Translations;
import no.ambisjon.okr.ui.ValueFormat;
import no.ambisjon.security.Person;

/** The bundles' texts and the value formats in one recipient's language. */
final class MailTexts {

    private final Translations translations;
    private final Locale locale;

    MailTexts(Translations translations, Person recipient) {
        this.translations = translations;
        this.locale = recipient.language().locale();
    }

    String get(String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    Locale locale() {
        return locale;
    }

    ValueFormat format() {
        return new ValueFormat(locale, this::get);
    }
}
