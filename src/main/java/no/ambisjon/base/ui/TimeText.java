package no.ambisjon.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.ambisjon.base.i18n.Language;

/**
 * Every date and time a person reads, in one place: on the agency's clock ({@link #ZONE}), in the
 * reader's language. "6. des. 2026, 17:00" and "6 Dec 2026, 17:00" for the same moment everywhere:
 * pages, mails, PDFs.
 */
public final class TimeText {

    /** The agency works in Norway: quarters, "today" and every time shown are Oslo time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private TimeText() {
    }

    /** A point in time: "6. des. 2026, 17:00". */
    public static String format(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language(locale)).format(at.atZone(ZONE));
    }

    /** "6. des. 2026", "6 Dec 2026". */
    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language(locale)).format(day);
    }

    /** The day a point in time falls on, on the agency's clock. */
    public static String date(Instant at, Locale locale) {
        return date(at.atZone(ZONE).toLocalDate(), locale);
    }

    /** As a date is typed: "31.12.2026", "31/12/2026". */
    public static String typed(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(language(locale)).format(day);
    }

    /** "17:00". */
    public static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language(locale)).format(time);
    }

    /** "31. desember", "31 December": a day of this year's quarters, without the year. */
    public static String day(LocalDate day, Locale locale) {
        var language = Language.of(locale);
        return DateTimeFormatter.ofPattern(language == Language.NB ? "d. MMMM" : "d MMMM", language.locale()).format(day);
    }

    private static Locale language(Locale locale) {
        return Language.of(locale).locale();
    }
}
