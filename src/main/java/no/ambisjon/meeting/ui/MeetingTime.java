package no.ambisjon.meeting.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.ambisjon.base.i18n.Language;

/** Meeting times as people in Norway read them. */
public final class MeetingTime {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private MeetingTime() {
    }

    public static String format(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Language.of(locale).locale()).format(at.atZone(OSLO));
    }
}
