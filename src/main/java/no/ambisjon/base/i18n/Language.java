package no.ambisjon.base.i18n;

import java.util.Arrays;
import java.util.Locale;

/** The languages the UI speaks. Norwegian bokmål is the default; English is the alternative. */
public enum Language {
    NB(Locale.forLanguageTag("nb-NO")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Norwegian in any form (no, nb, nn) and anything unknown fall back to bokmål. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : NB;
    }

    public static Language ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst().orElse(NB);
    }
}
