package no.ambisjon.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.ambisjon.base.i18n.Language;

/** Points in time as people in Norway read them: date and time on the Oslo clock, in the user's language. */
public final class TimeText {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private TimeText() {
    }

    public static String format(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Language.of(locale).locale()).format(at.atZone(OSLO));
    }
}
