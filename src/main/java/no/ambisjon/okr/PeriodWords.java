package no.ambisjon.okr;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words in a title that name a period of its own: a month, a season, a holiday, a quarter or a
 * year. Copied to the next quarter, such a title is seldom still true ("flere bestillinger i
 * sommerferien" in October), so the copy marks it for review.
 */
public final class PeriodWords {

    private static final Pattern PERIOD = Pattern.compile("(?iu)\\b("
            + "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
            + "|january|february|march|may|june|july|october|december"
            + "|vår(en|ens|sesongen|salget)|sommer\\p{L}*|høst(en|ens|sesongen|salget|ferien)|vinter\\p{L}*"
            + "|jul(a|en|e\\p{L}*)?|påske\\p{L}*|black friday|romjul(a|en)?"
            + "|spring|summer|autumn|fall|winter|christmas|easter|holidays?"
            + "|[1-4]\\.\\s*kvartal|q[1-4]|(19|20)\\d{2})\\b");

    private PeriodWords() {
    }

    /** The first word of the title that names a period, as written. */
    public static Optional<String> in(String title) {
        if (title == null) {
            return Optional.empty();
        }
        var matcher = PERIOD.matcher(Normalizer.normalize(title, Normalizer.Form.NFC));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

}
